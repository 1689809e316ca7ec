package org.huiwu.logic.live;

/**
 * How {@link OutboxSender} sends one queued record of a kind a feature owns (an attendee edit, a seat-plan step;
 * decision 0038): the feature stores the record, body as queued, unless the server has it already. Called off the
 * FX thread, on the sender's thread.
 */
@FunctionalInterface
public interface Replay {

    /**
     * Stores the queued record.
     *
     * @return whether another laptop's change was kept over part or all of it (counted for the status line)
     * @throws RuntimeException when the server cannot be reached (the record stays queued) or refuses it
     */
    boolean replay(String body);

    /**
     * The record as the attendant knows it (an item's text, a left item's description), named to them when
     * {@link #replay} kept another laptop's change over it (decision 0048); null when it has no such name.
     */
    default String named(String body) {
        return null;
    }
}
