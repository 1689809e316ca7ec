package org.huiwu.model.seating;

/** In which order the units of a sectioned audience block follow each other. Immutable, thread-safe. */
public enum UnitOrder {
    /** By the precedence of each unit's highest-ranked attendee (the default). */
    PRECEDENCE,
    /** By the pinyin of the unit's name. */
    PINYIN
}
