package org.huiwu.logic.guides;

import static org.assertj.core.api.Assertions.assertThat;

import org.huiwu.model.guide.Guide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuideSearchTest {

    private static GuideCatalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = GuideLibrary.onClassPath().load();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "站姿, standing-women",
            "站姿, standing-men",
            "STANDING, standing-men",
            "lidded, tea-refill-lidded-cup",
            "续水, tea-refill-podium",
            "name card, podium-name-cards",
            "this way, guiding",
            "zz, standing-women",
            "ZZ, standing-men",
            "xs, tea-refill-lidded-cup",
            "tzq, podium-name-cards",
            "jjss, evacuation",
    })
    void findsByTitleCaptionOrPinyinInitials(String query, String expectedId) {
        assertThat(catalogue.search(query)).extracting(Guide::id).contains(expectedId);
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @CsvSource({"qqqq", "zzzz", "helicopter"})
    void unknownTermsFindNothing(String query) {
        assertThat(catalogue.search(query)).isEmpty();
    }

    @ParameterizedTest(name = "blank query \"{0}\" lists every guide")
    @CsvSource(value = {"''", "'   '"})
    void blankQueryListsEveryGuide(String query) {
        assertThat(catalogue.search(query)).hasSize(catalogue.guides().size());
    }
}
