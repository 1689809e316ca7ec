package org.huiwu.model.rounds;

/** Why a seat was passed by in a round. */
public enum SkipReason {
    NOT_THERE,
    ON_PHONE,
    SPEAKING,
    OTHER
}
