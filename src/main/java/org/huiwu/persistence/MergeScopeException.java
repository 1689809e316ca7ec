package org.huiwu.persistence;

/**
 * A merged row would reach beyond the bundle's meeting (a row of another meeting, or one that changes a
 * procedure this laptop holds); the transaction was rolled back. Carries which rule and the table or version
 * concerned (decision 0025).
 */
public final class MergeScopeException extends RuntimeException {

    /** Which rule the row broke. */
    public enum Rule {
        /** The row belongs to, or refers to a row of, another meeting; detail: the table. */
        OTHER_MEETING,
        /** The row would add to this laptop's procedures; detail: procedure id and version. */
        SHARED_TEXT
    }

    private final Rule rule;
    private final String detail;
    private final String bundle;

    MergeScopeException(Rule rule, String detail, String bundle) {
        super(rule + ": " + detail + " (" + bundle + ")");
        this.rule = rule;
        this.detail = detail;
        this.bundle = bundle;
    }

    /** The file name of the bundle the row came from. */
    public String bundle() {
        return bundle;
    }

    public Rule rule() {
        return rule;
    }

    public String detail() {
        return detail;
    }
}
