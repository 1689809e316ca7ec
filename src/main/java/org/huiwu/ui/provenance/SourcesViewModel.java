package org.huiwu.ui.provenance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.provenance.ProvenanceRejectedException;
import org.huiwu.logic.provenance.TextChecks;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.model.provenance.TextCheck;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * The sources of one item's texts (a guide, the checklist or survey template, an incident procedure):
 * where the texts come from and how firm that is, whether a supervisor has checked them against the
 * printed standard (clause, who, when), and the form to mark them checked. One ViewModel for all four
 * kinds, behind {@link SourcesPanel} and {@link CheckMark}. Reads and writes run on the injected
 * {@link TaskRunner}. FX thread only.
 */
public final class SourcesViewModel {

    private final TextChecks checks;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final ZoneId zone;
    private final Supplier<String> defaultChecker;
    private final DateTimeFormatter dateTime;
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private List<String> sourceNotes = List.of();
    private List<String> uncheckedNotes = List.of();
    private final ReadOnlyObjectWrapper<TextCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyBooleanWrapper checked = new ReadOnlyBooleanWrapper(this, "checked");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper markTip = new ReadOnlyStringWrapper(this, "markTip", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringProperty clause = new SimpleStringProperty(this, "clause", "");
    private final StringProperty checker = new SimpleStringProperty(this, "checker", "");
    private CheckedKind kind;
    private String itemId;

    /**
     * @param defaultChecker the name the form starts with (the attendant's remembered name)
     */
    public SourcesViewModel(TextChecks checks, TaskRunner runner, FailureMessages failures, I18n i18n, ZoneId zone,
            Supplier<String> defaultChecker) {
        this.checks = checks;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        this.zone = zone;
        this.defaultChecker = defaultChecker;
        this.dateTime = DateTimeFormatter.ofPattern(i18n.get("sources.dateTime"), i18n.locale());
        check.addListener((obs, old, now) -> describe(now));
        describe(null);
    }

    /**
     * Shows the sources of an item and loads its check.
     *
     * @param sources   where the texts come from, one sentence each
     * @param unchecked what stays true only until the texts are checked ("not checked against annex U")
     * @param clause    the clause the form suggests (the one the texts are thought to follow), or empty
     */
    public void show(CheckedKind itemKind, String id, List<String> sources, List<String> unchecked, String clause) {
        this.kind = Objects.requireNonNull(itemKind, "itemKind");
        this.itemId = Objects.requireNonNull(id, "id");
        this.sourceNotes = List.copyOf(sources);
        this.uncheckedNotes = List.copyOf(unchecked);
        this.clause.set(clause);
        checker.set(defaultChecker.get());
        problem.set("");
        check.set(null);
        describe(null);
        CheckedKind asked = itemKind;
        String askedId = id;
        if (checks == null) {
            return;
        }
        runner.run(() -> checks.of(asked, askedId), found -> {
            if (isShowing(asked, askedId)) {
                check.set(found.orElse(null));
            }
        }, failure -> problem.set(failures.describe(failure)));
    }

    /** Records that the item's texts were checked against the clause in the form, by the name in the form. */
    public void markChecked() {
        if (kind == null || checks == null) {
            return;
        }
        CheckedKind asked = kind;
        String askedId = itemId;
        String clauseText = clause.get();
        String by = checker.get();
        problem.set("");
        runner.run(() -> checks.mark(asked, askedId, clauseText, by), saved -> {
            if (isShowing(asked, askedId)) {
                check.set(saved);
            }
        }, failure -> problem.set(failure instanceof ProvenanceRejectedException rejected
                ? i18n.get(rejected.problem().messageKey()) : failures.describe(failure)));
    }

    /** Where the texts come from, one sentence each, and while unchecked what the check would settle. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** The item's check, or null while it has not been checked. */
    public ReadOnlyObjectProperty<TextCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /** "Checked against clause …, by …, on …" or "Not yet checked against the printed standard". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The tooltip of the small check mark: clause, who and when. */
    public ReadOnlyStringProperty markTipProperty() {
        return markTip.getReadOnlyProperty();
    }

    /** Why the last mark was refused or the check could not be read; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty clauseProperty() {
        return clause;
    }

    public StringProperty checkerProperty() {
        return checker;
    }

    private boolean isShowing(CheckedKind asked, String askedId) {
        return asked == kind && askedId.equals(itemId);
    }

    private void describe(TextCheck now) {
        checked.set(now != null);
        List<String> shown = new java.util.ArrayList<>(uncheckedNotes.size() + sourceNotes.size());
        if (now == null) {
            shown.addAll(uncheckedNotes);
        }
        shown.addAll(sourceNotes);
        notes.setAll(shown);
        if (now == null) {
            status.set(i18n.get("sources.notChecked"));
            markTip.set("");
            return;
        }
        String when = dateTime.format(now.checkedAt().atZone(zone));
        status.set(i18n.format("sources.checked", now.clause(), now.checkedBy(), when));
        markTip.set(i18n.format("sources.mark.tip", now.clause(), now.checkedBy(), when));
    }
}
