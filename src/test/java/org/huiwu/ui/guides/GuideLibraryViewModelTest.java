package org.huiwu.ui.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.huiwu.Fixtures;
import org.huiwu.logic.guides.GuideLibrary;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.Meeting;
import org.huiwu.model.guide.GuideCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide library without the toolkit: loading, search by title and pinyin, category filter, linking. */
class GuideLibraryViewModelTest {

    private final GuideFixture fixture = new GuideFixture();

    @Test
    void catalogueLoadsOnlyWhenAskedAndShowsEveryGuide() {
        GuideLibraryViewModel library = new GuideLibraryViewModel(fixture.shelf, fixture.state, fixture.english);
        assertThat(fixture.shelf.isLoaded()).isFalse();

        library.show();

        assertThat(library.loadedProperty().get()).isTrue();
        assertThat(library.visibleGuides()).hasSize(16);
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void searchByPinyinInitialsFindsStandingAndSitting() {
        GuideLibraryViewModel library = fixture.library(fixture.chinese);

        library.searchProperty().set("zz");

        assertThat(ids(library)).as("站姿 zhan zi, 坐姿 zuo zi").containsExactly("standing-women", "standing-men",
                "sitting");
        assertThat(library.title(library.visibleGuides().get(0))).isEqualTo("女士站姿");
    }

    @Test
    void searchByEnglishTitleWorksInEitherLanguage() {
        GuideLibraryViewModel library = fixture.library(fixture.english);

        library.searchProperty().set("lidded");

        assertThat(ids(library)).containsExactly("tea-refill-lidded-cup");
        assertThat(library.title(library.visibleGuides().get(0))).isEqualTo("Refilling a lidded cup");
    }

    @Test
    void categoryFilterCombinesWithTheSearch() {
        GuideLibraryViewModel library = fixture.library(fixture.english);

        library.categoryProperty().set(GuideCategory.TEA);
        assertThat(ids(library)).containsExactly("tray-carrying", "tea-first-serving", "tea-refill-lidded-cup",
                "tea-refill-podium", "towel-service");

        library.searchProperty().set("xs");
        assertThat(ids(library)).containsExactly("tea-refill-lidded-cup", "tea-refill-podium");

        library.categoryProperty().set(null);
        library.searchProperty().set("");
        assertThat(library.visibleGuides()).hasSize(16);
    }

    @Test
    void categoriesOfferAllFirstWithLabels() {
        GuideLibraryViewModel library = fixture.library(fixture.chinese);

        assertThat(library.categories()).first().isNull();
        assertThat(library.categories()).hasSize(GuideCategory.values().length + 1);
        assertThat(library.categoryLabel(null)).isEqualTo("全部");
        assertThat(library.categoryLabel(GuideCategory.SAFETY)).isEqualTo("安全疏散");
    }

    @Test
    void aLinkOpensTheGuideOnceTheCatalogueHasLoaded() {
        GuideLibraryViewModel library = new GuideLibraryViewModel(fixture.shelf, fixture.state, fixture.english);
        GuideLinks links = new GuideLinks(library);

        links.openGuide(GuideLinks.PODIUM_NAME_CARDS);

        assertThat(library.shownProperty().get()).isTrue();
        assertThat(library.openGuideProperty().get().id()).isEqualTo("podium-name-cards");
        links.openLibrary();
        assertThat(library.openGuideProperty().get()).isNull();
    }

    @Test
    void anUnknownLinkSaysSoOnTheStatusLine() {
        GuideLibraryViewModel library = fixture.library(fixture.english);

        new GuideLinks(library).openGuide("no-such-guide");

        assertThat(library.openGuideProperty().get()).isNull();
        assertThat(fixture.state.statusProperty().get()).contains("no-such-guide");
    }

    @Test
    void choosingAMeetingGivesTheWorkspaceBack() {
        GuideLibraryViewModel library = fixture.library(fixture.english);
        library.show();

        fixture.state.currentMeetingProperty().set(meeting());

        assertThat(library.shownProperty().get()).isFalse();
    }

    @Test
    void brokenGuidesAreNamedInTheProblemsWhileTheOthersLoad(@TempDir Path shelfDir) throws IOException {
        Path source = Path.of("assets", "guides");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = shelfDir.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(shelfDir.resolve("towel-service/guide.json"), "{ not json");
        GuideShelf shelf = new GuideShelf(GuideLibrary.inFolder(shelfDir), fixture.runner);
        GuideLibraryViewModel library = new GuideLibraryViewModel(shelf, fixture.state, fixture.english);

        library.load();

        assertThat(library.visibleGuides()).hasSize(15);
        assertThat(library.problems()).singleElement().asString().startsWith("Guide \"towel-service\" did not load");
    }

    private static List<String> ids(GuideLibraryViewModel library) {
        return library.visibleGuides().stream().map(Guide::id).toList();
    }

    private static Meeting meeting() {
        return Fixtures.meeting("Budget review", LocalDate.of(2026, 11, 27));
    }
}
