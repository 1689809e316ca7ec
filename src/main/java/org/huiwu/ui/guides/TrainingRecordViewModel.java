package org.huiwu.ui.guides;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.training.TrainingSession;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * The form that records a training session after presenting: trainer, date (today by default),
 * trainees typed one per line, notes, and the guides covered, with the guides presented in this
 * session ticked and listed first. Saving is allowed once a trainer, a trainee and a guide are given. FX thread only;
 * the record is written through the database {@link TaskRunner}.
 */
public final class TrainingRecordViewModel {

    /** A guide that can be ticked as covered. */
    public record GuideChoice(Guide guide, String title, BooleanProperty covered) {
    }

    private final TrainingRecords records;
    private final GuidePresentation presentation;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;
    private final StringProperty trainer = new SimpleStringProperty(this, "trainer", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty trainees = new SimpleStringProperty(this, "trainees", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final List<GuideChoice> guides;
    private final BooleanBinding canSave;

    public TrainingRecordViewModel(TrainingRecords records, List<Guide> allGuides, GuidePresentation presentation,
            AppState state, TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n) {
        this.records = records;
        this.presentation = presentation;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        this.date.set(records.today());
        List<String> presented = presentation.presentedGuideIds();
        this.guides = Stream.concat(allGuides.stream().filter(g -> presented.contains(g.id())),
                allGuides.stream().filter(g -> !presented.contains(g.id())))
                .map(g -> new GuideChoice(g, g.title().in(i18n.locale()),
                        new SimpleBooleanProperty(presented.contains(g.id())))).toList();
        Observable[] inputs = Stream.concat(Stream.of(trainer, date, trainees),
                guides.stream().map(GuideChoice::covered)).toArray(Observable[]::new);
        this.canSave = Bindings.createBooleanBinding(() -> !trainer.get().isBlank() && date.get() != null
                && !TrainingRecords.names(trainees.get()).isEmpty() && !coveredIds().isEmpty(), inputs);
    }

    public StringProperty trainerProperty() {
        return trainer;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Trainee names, one per line. */
    public StringProperty traineesProperty() {
        return trainees;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public List<GuideChoice> guides() {
        return guides;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** The ids of the guides ticked, in display order. */
    public List<String> coveredIds() {
        return guides.stream().filter(c -> c.covered().get()).map(c -> c.guide().id()).toList();
    }

    /** Writes the record in the background; on success forgets the presented guides and says so. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        String who = trainer.get();
        LocalDate day = date.get();
        List<String> covered = coveredIds();
        List<String> people = TrainingRecords.names(trainees.get());
        String text = notes.get();
        runner.run(() -> records.record(who, day, covered, people, text), this::saved,
                failure -> dialogs.showError(i18n.get("error.title"), failures.describe(failure)));
    }

    private void saved(TrainingSession session) {
        presentation.forgetPresented();
        state.statusProperty().set(i18n.format("guides.training.saved", session.trainees().size(),
                session.guideIds().size()));
    }
}
