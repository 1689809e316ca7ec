package org.huiwu.model;

/** Confidentiality level of a meeting (普通 / 内部 / 涉密). */
public enum Confidentiality {
    ORDINARY,
    INTERNAL,
    CLASSIFIED
}
