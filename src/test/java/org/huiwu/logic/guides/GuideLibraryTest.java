package org.huiwu.logic.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideCategory;
import org.huiwu.model.guide.GuideProblem;
import org.huiwu.model.guide.GuideStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideLibraryTest {

    private static GuideCatalogue shipped;

    @BeforeAll
    static void loadShipped() {
        shipped = GuideLibrary.onClassPath().load();
    }

    @Test
    void shippedLibraryLoadsAllSixteenGuidesWithoutProblems() {
        assertThat(shipped.problems()).isEmpty();
        assertThat(shipped.isComplete()).isTrue();
        assertThat(shipped.guides()).extracting(Guide::id).containsExactly(
                "standing-women", "standing-men", "sitting", "guiding", "pulling-chair", "tray-carrying",
                "tea-first-serving", "tea-refill-lidded-cup", "tea-refill-podium", "towel-service",
                "table-setting-single", "podium-name-cards", "sign-in-desk", "patrol-round",
                "post-meeting-sweep", "evacuation");
    }

    @Test
    void everyStepHasBothLanguagesAndANumberedIllustration() {
        for (Guide guide : shipped.guides()) {
            assertThat(guide.title().zh()).as(guide.id()).isNotBlank();
            assertThat(guide.title().en()).as(guide.id()).isNotBlank();
            assertThat(guide.steps()).as(guide.id()).isNotEmpty();
            for (GuideStep step : guide.steps()) {
                String where = guide.id() + " step " + step.number();
                assertThat(step.caption().zh()).as(where).isNotBlank();
                assertThat(step.caption().en()).as(where).isNotBlank();
                assertThat(step.keyPoints().zh()).as(where).isNotEmpty();
                assertThat(step.keyPoints().en()).as(where).isNotEmpty();
                assertThat(step.image()).as(where).isEqualTo("step-%02d.svg", step.number());
            }
        }
        assertThat(shipped.guides().stream().mapToInt(g -> g.steps().size()).sum()).isEqualTo(90);
    }

    @Test
    void localizedTextFollowsTheLocale() {
        Guide guide = shipped.find("standing-women").orElseThrow();
        assertThat(guide.title().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("女士站姿");
        assertThat(guide.title().in(Locale.ENGLISH)).isEqualTo("Standing posture (women)");
        assertThat(guide.step(3).keyPoints().in(Locale.CHINA)).isEqualTo(guide.step(3).keyPoints().zh());
    }

    @Test
    void disagreementsAndUnverifiedClausesAreCarried() {
        Guide refill = shipped.find("tea-refill-lidded-cup").orElseThrow();
        assertThat(refill.variants()).anySatisfy(v -> assertThat(v.en()).contains("kettle in the left"));
        Guide tray = shipped.find("tray-carrying").orElseThrow();
        assertThat(tray.standard().verified()).isFalse();
        assertThat(tray.standard().note().en()).contains("practice, not the standard");
        assertThat(shipped.find("table-setting-single").orElseThrow().standard().reference()).contains("附录L");
        assertThat(shipped.inCategory(GuideCategory.POSTURE)).hasSize(3);
    }

    @Test
    void brokenGuidesAreReportedByIdWhileTheOthersLoad(@TempDir Path root) throws IOException {
        copyShippedGuide(root, "sitting");
        copyShippedGuide(root, "evacuation");
        Path noEnglish = copyShippedGuide(root, "guiding");
        rewrite(noEnglish.resolve("guide.json"), "\"Guiding gesture and leading\"", "\"\"");
        Path missingImage = copyShippedGuide(root, "pulling-chair");
        Files.delete(missingImage.resolve("step-02.svg"));
        Path badSvg = copyShippedGuide(root, "towel-service");
        Files.writeString(badSvg.resolve("step-01.svg"), "<svg this is not xml", StandardCharsets.UTF_8);
        Path noSteps = Files.createDirectories(root.resolve("patrol-round"));
        Files.writeString(noSteps.resolve("guide.json"), """
                {"id":"patrol-round","title":{"zh":"巡视","en":"Patrol"},"category":"ROUTINE",
                 "standard":{"reference":"x","verified":false,"sources":[],"note":{"zh":"注","en":"note"}},
                 "purpose":{"zh":"目的","en":"purpose"},"steps":[]}""", StandardCharsets.UTF_8);
        Path badJson = Files.createDirectories(root.resolve("sign-in-desk"));
        Files.writeString(badJson.resolve("guide.json"), "{ not json", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("index.json"), """
                {"guides":["sitting","guiding","pulling-chair","towel-service","patrol-round",
                           "sign-in-desk","no-such-guide","evacuation","sitting"]}""", StandardCharsets.UTF_8);

        GuideCatalogue catalogue = GuideLibrary.inFolder(root).load();

        assertThat(catalogue.guides()).extracting(Guide::id).containsExactly("sitting", "evacuation");
        assertThat(catalogue.problems()).extracting(GuideProblem::guideId).containsExactly(
                "guiding", "pulling-chair", "towel-service", "patrol-round", "sign-in-desk", "no-such-guide", "sitting");
        assertThat(reason(catalogue, "guiding")).contains("title.en");
        assertThat(reason(catalogue, "pulling-chair")).contains("step-02.svg").contains("not found");
        assertThat(reason(catalogue, "towel-service")).contains("step-01.svg").contains("not a readable SVG");
        assertThat(reason(catalogue, "patrol-round")).contains("at least one step");
        assertThat(reason(catalogue, "sign-in-desk")).contains("unreadable");
        assertThat(reason(catalogue, "no-such-guide")).contains("guide.json not found");
        assertThat(reason(catalogue, "sitting")).contains("listed twice");
    }

    @Test
    void aMissingIndexIsOneProblemAndNoGuides(@TempDir Path root) {
        GuideCatalogue catalogue = GuideLibrary.inFolder(root).load();
        assertThat(catalogue.guides()).isEmpty();
        assertThat(catalogue.problems()).containsExactly(new GuideProblem(GuideLibrary.INDEX_ID, "index.json not found"));
    }

    private static String reason(GuideCatalogue catalogue, String id) {
        List<GuideProblem> problems = catalogue.problems().stream().filter(p -> p.guideId().equals(id)).toList();
        assertThat(problems).as(id).hasSize(1);
        return problems.get(0).reason();
    }

    private static Path copyShippedGuide(Path root, String id) throws IOException {
        Path folder = Files.createDirectories(root.resolve(id));
        Guide guide = shipped.find(id).orElseThrow();
        copyResource(id + "/guide.json", folder.resolve("guide.json"));
        for (GuideStep step : guide.steps()) {
            copyResource(id + "/" + step.image(), folder.resolve(step.image()));
        }
        return folder;
    }

    private static void copyResource(String relative, Path target) throws IOException {
        try (InputStream in = GuideLibraryTest.class.getClassLoader()
                .getResourceAsStream(GuideLibrary.CLASS_PATH_ROOT + relative)) {
            assertThat(in).as(relative).isNotNull();
            Files.copy(in, target);
        }
    }

    private static void rewrite(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
