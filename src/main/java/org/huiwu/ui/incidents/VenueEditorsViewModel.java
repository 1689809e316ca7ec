package org.huiwu.ui.incidents;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.ui.common.Attendant;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.ProcedureStep;
import org.huiwu.model.incidents.VenueContact;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * What a supervisor sets up for the venue: the contact list (name and phone per role) and the handling
 * procedure of each incident type, one step per line in Chinese and English. Saving a procedure makes a
 * new version, so incidents already handled keep the steps they were handled with. FX thread only;
 * reading and saving run in the background.
 */
public final class VenueEditorsViewModel {

    /** One contact's editable line. */
    public record ContactRow(VenueContact contact, StringProperty name, StringProperty phone) {
        VenueContact edited() {
            return new VenueContact(contact.id(), contact.role(), name.get().strip(), phone.get().strip());
        }
    }

    private final IncidentDesk desk;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final IncidentTexts texts;
    private final List<ContactRow> contacts = new ArrayList<>();
    private final ObjectProperty<IncidentType> procedureType = new SimpleObjectProperty<>(this, "procedureType");
    private final StringProperty stepsZh = new SimpleStringProperty(this, "stepsZh", "");
    private final StringProperty stepsEn = new SimpleStringProperty(this, "stepsEn", "");
    private final javafx.beans.property.BooleanProperty mayEdit =
            new javafx.beans.property.SimpleBooleanProperty(this, "mayEdit", true);
    private Procedure loaded;

    public VenueEditorsViewModel(IncidentDesk desk, Attendant attendant, TaskRunner runner, DialogService dialogs,
            IncidentTexts texts) {
        this.desk = desk;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        procedureType.addListener((obs, old, type) -> loadProcedure(type));
    }

    /** Loads the contact list; {@code ready} runs on the FX thread once the rows are filled. */
    public void loadContacts(Runnable ready) {
        runner.run(() -> desk.contacts().list(), list -> {
            contacts.clear();
            list.forEach(c -> contacts.add(new ContactRow(c, new SimpleStringProperty(c.name()),
                    new SimpleStringProperty(c.phone()))));
            ready.run();
        }, this::fail);
    }

    public void saveContacts(Runnable after) {
        List<VenueContact> edited = contacts.stream().map(ContactRow::edited).toList();
        runner.run(() -> {
            desk.contacts().save(edited);
            return edited;
        }, saved -> after.run(), this::fail);
    }

    private void loadProcedure(IncidentType type) {
        if (type == null) {
            return;
        }
        runner.run(() -> desk.procedures().mayEdit(), mayEdit::set, this::fail);
        runner.run(() -> desk.procedures().current(type), procedure -> {
            loaded = procedure;
            stepsZh.set(String.join("\n", procedure.steps().stream().map(ProcedureStep::zh).toList()));
            stepsEn.set(String.join("\n", procedure.steps().stream().map(ProcedureStep::en).toList()));
        }, this::fail);
    }

    /** Saves the steps as a new version of the type's procedure; each line is a step, a missing English line copies the Chinese. */
    public void saveProcedure(Runnable after) {
        if (loaded == null || !mayEdit.get()) {
            return;
        }
        String[] zh = stepsZh.get().split("\\R");
        String[] en = stepsEn.get().split("\\R");
        List<ProcedureStep> steps = new ArrayList<>();
        for (int i = 0; i < zh.length; i++) {
            if (zh[i].isBlank()) {
                continue;
            }
            String english = i < en.length && !en[i].isBlank() ? en[i] : zh[i];
            ContactRole notify = i < loaded.steps().size() ? loaded.steps().get(i).notifyRole() : null;
            steps.add(new ProcedureStep(steps.size() + 1, zh[i].strip(), english.strip(), notify));
        }
        Procedure base = loaded;
        runner.run(() -> desk.procedures().edit(base.type(), steps, base.relatedGuideId(), attendant.name()),
                saved -> {
                    loaded = saved;
                    after.run();
                }, this::fail);
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("error.title"), texts.describe(failure));
    }

    public List<ContactRow> contacts() { return contacts; }
    /** Whether this login may change procedures; false for an attendant on a venue server. */
    public javafx.beans.property.ReadOnlyBooleanProperty mayEditProperty() { return mayEdit; }
    public ObjectProperty<IncidentType> procedureTypeProperty() { return procedureType; }
    public StringProperty stepsZhProperty() { return stepsZh; }
    public StringProperty stepsEnProperty() { return stepsEn; }
}
