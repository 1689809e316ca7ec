package org.huiwu.model.rounds;

/** Which seats of the plan get tea. */
public enum ServedScope {
    /** Podium blocks only. */
    PODIUM_ONLY,
    /** The podium and every table-type block (talks, U-shape, round tables…), not audience rows. */
    TABLES,
    /** Every seat. */
    ALL
}
