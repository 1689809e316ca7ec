package org.huiwu.model.rounds;

/** What the tea service used at a meeting, for the economy (厉行节约) report. Counts are ≥ 0. Immutable. */
public record Consumables(int cups, int teaBags, int waterBottles, int towels) {

    public static final Consumables NONE = new Consumables(0, 0, 0, 0);

    public Consumables {
        if (cups < 0 || teaBags < 0 || waterBottles < 0 || towels < 0) {
            throw new IllegalArgumentException("consumable counts cannot be negative");
        }
    }
}
