package org.huiwu.model.rounds;

/** When the first cup is poured (首杯): the practice sources disagree, so the attendant chooses. */
public enum FirstPour {
    /** 3–5 minutes before the meeting starts. */
    BEFORE_START,
    /** As soon as each person is seated. */
    WHEN_SEATED,
    /** Right after the chair opens the meeting. */
    AT_START
}
