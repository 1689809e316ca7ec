package org.huiwu.model.flow;

/**
 * The special-meeting flags (annex R) that switch in behaviour and checklist items: classified (the
 * meeting's confidentiality), video conference (the flow's video link) and foreign affairs (the meeting's
 * flag). Immutable.
 */
public record SpecialFlags(boolean classified, boolean video, boolean foreign) {
}
