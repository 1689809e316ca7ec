package org.huiwu.model;

/** The kinds of meeting an attendant serves (会议分类); the label comes from the resource bundle. */
public enum MeetingCategory {
    STANDING_COMMITTEE,
    TOPICAL,
    SYMPOSIUM,
    RECEPTION,
    TALKS,
    VIDEO_CONFERENCE,
    TRAINING,
    OTHER
}
