package org.huiwu.ui.guides;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideTexts;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.provenance.SourcesViewModel;

/**
 * The open guide's sources (来源): the standard it follows and how firm that is, its text version, its
 * check against the printed standard (through the shared {@link SourcesViewModel}), and the supervisor's
 * correction of the current step's texts ({@link StepCorrection}). Shown only when asked
 * for, so trainees see the guide and not its provenance. Follows the shared {@link GuidePresentation}.
 * Database work runs on the injected {@link TaskRunner}. FX thread only.
 */
public final class GuideSourcesViewModel {

    private final GuidePresentation presentation;
    private final SourcesViewModel sources;
    private final GuideCorrections corrections;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final ZoneId zone;
    private final DateTimeFormatter dateTime;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final StepCorrection correction;

    /**
     * @param onCorrected receives the guide with a saved correction (to replace it in the library and shelf)
     */
    public GuideSourcesViewModel(GuidePresentation presentation, SourcesViewModel sources, GuideCorrections corrections,
            TaskRunner runner, FailureMessages failures, I18n i18n, ZoneId zone, Consumer<Guide> onCorrected) {
        this.presentation = presentation;
        this.sources = sources;
        this.corrections = corrections;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        this.zone = zone;
        this.correction = new StepCorrection(presentation, corrections, runner, failures, i18n,
                () -> sources.checkerProperty().get(), onCorrected);
        this.dateTime = DateTimeFormatter.ofPattern(i18n.get("sources.dateTime"), i18n.locale());
        presentation.guideProperty().addListener((obs, old, guide) -> {
            if (guide != null && (old == null || !old.id().equals(guide.id()))) {
                shown.set(false);
            }
            load(guide);
        });
        load(presentation.guide());
    }

    /** The sources and check of the open guide. */
    public SourcesViewModel sources() {
        return sources;
    }

    /** Whether the sources panel is shown in place of the notes; hidden again when another guide opens. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The supervisor's correction of the current step's texts. */
    public StepCorrection correction() {
        return correction;
    }

    private void load(Guide guide) {
        if (guide == null) {
            return;
        }
        if (corrections == null) {
            showSources(guide, Optional.empty());
            return;
        }
        runner.run(() -> corrections.latest(guide.id()), latest -> {
            if (presentation.guide() != null && presentation.guide().id().equals(guide.id())) {
                showSources(presentation.guide(), latest);
            }
        }, failure -> showSources(guide, Optional.empty()));
    }

    private void showSources(Guide guide, Optional<GuideTexts> latest) {
        List<String> notes = new ArrayList<>();
        notes.add(i18n.format("sources.guide.standard", clause(guide.standard().reference())));
        notes.add(guide.standard().note().in(i18n.locale()));
        if (!guide.standard().sources().isEmpty()) {
            notes.add(i18n.format("sources.guide.tags", String.join(", ", guide.standard().sources())));
        }
        notes.add(latest.filter(t -> t.version() > GuideTexts.SHIPPED)
                .map(t -> i18n.format("sources.guide.version", t.version(), t.savedBy(),
                        dateTime.format(t.savedAt().atZone(zone))))
                .orElse(i18n.get("sources.guide.shipped")));
        List<String> unchecked = guide.standard().verified() ? List.of() : List.of(i18n.get("sources.guide.unverified"));
        sources.show(CheckedKind.GUIDE, guide.id(), notes, unchecked, guide.standard().reference());
    }

    /** The standard's clause as the reader's language names it: 附录C reads "Annex C", 第7章 "Clause 7" in English. */
    private String clause(String reference) {
        if (!"en".equals(i18n.locale().getLanguage())) {
            return reference;
        }
        return reference.replaceAll("附录\\s*([A-Z])", "Annex $1").replaceAll("第\\s*(\\d+)\\s*章", "Clause $1")
                .replace("、", ", ");
    }
}
