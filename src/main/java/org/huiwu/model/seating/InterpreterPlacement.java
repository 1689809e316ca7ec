package org.huiwu.model.seating;

/**
 * Where the interpreters of a talks (会谈) or reception (会见) block sit (decision 0027, amendment of
 * session 5). {@link #STANDARD} follows the digest (domain.md §4.3, seating.md T1, S8–S10): under the
 * foreign-affairs convention beside the principals at talks (the Chinese interpreter on the host
 * chief's right, the foreign one on the chief guest's left) and behind them at a reception; under the
 * government convention no interpreter seats. The other values choose explicitly. Immutable.
 */
public enum InterpreterPlacement {
    STANDARD,
    BESIDE,
    BEHIND,
    NONE;

    /**
     * The placement that applies to a block of {@code kind} in a plan with {@code convention}: never
     * {@link #STANDARD}; {@link #NONE} for every kind but talks and reception.
     */
    public InterpreterPlacement resolve(BlockKind kind, Convention convention) {
        if (kind != BlockKind.TALKS && kind != BlockKind.RECEPTION) {
            return NONE;
        }
        if (this != STANDARD) {
            return this;
        }
        if (convention != Convention.FOREIGN_AFFAIRS) {
            return NONE;
        }
        return kind == BlockKind.TALKS ? BESIDE : BEHIND;
    }
}
