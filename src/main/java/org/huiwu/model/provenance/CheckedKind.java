package org.huiwu.model.provenance;

/**
 * The kinds of item whose texts a supervisor can check against the printed standard. A check names the
 * kind and the item's id within it. Immutable enum.
 */
public enum CheckedKind {
    /** An illustrated procedure guide, by its folder id. */
    GUIDE,
    /** The venue's service checklist template ({@link TextCheck#TEMPLATE}). */
    CHECKLIST_TEMPLATE,
    /** The venue's satisfaction survey template ({@link TextCheck#TEMPLATE}). */
    SURVEY_TEMPLATE,
    /** An incident handling procedure, by its stable UUID (all versions). */
    PROCEDURE
}
