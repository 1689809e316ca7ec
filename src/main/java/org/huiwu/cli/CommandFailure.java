package org.huiwu.cli;

/** A command could not do its job; the message is the one line shown to the user (exit code 1). */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
