package org.huiwu.ui.guides;

/**
 * How other screens link to a procedure guide where it matters (the tea board to refilling a lidded
 * cup, the seating screen to podium name cards, an incident procedure to evacuation): brings the
 * guides into the workspace and opens the guide by its folder id. Built by the composition root with
 * the window; FX thread only.
 */
public final class GuideLinks {

    /** Guide ids other screens link to. */
    public static final String REFILL_LIDDED_CUP = "tea-refill-lidded-cup";
    public static final String PODIUM_NAME_CARDS = "podium-name-cards";
    public static final String EVACUATION = "evacuation";

    private final GuideLibraryViewModel library;

    public GuideLinks(GuideLibraryViewModel library) {
        this.library = library;
    }

    /**
     * Shows the guides and opens the guide with {@code guideId} (once the catalogue has loaded). An
     * unknown id leaves the library open and says so on the status line.
     */
    public void openGuide(String guideId) {
        library.show();
        library.open(guideId);
    }

    /** Shows the guide library with no guide open. */
    public void openLibrary() {
        library.closeGuide();
        library.show();
    }
}
