package org.huiwu.ui.privacy;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.privacy.ClassifiedFolder;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.privacy.ClassifiedOverride;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * In the running window, watches the open meeting: when it is (or becomes) 涉密 while the folder is neither
 * encrypted nor overridden, shows the {@link ClassifiedFolderDialog}. An override is logged at once; "encrypt
 * now" cannot run while the window holds the database, so it says that the folder is encrypted at the next start
 * (where the same question stands until it is settled). FX thread; the rule is asked on the task runner.
 */
public final class ClassifiedWatch {

    private final Window owner;
    private final String dataDir;
    private final I18n i18n;
    private final TaskRunner runner;
    private final Supplier<ClassifiedFolder> rule;
    private final DialogService dialogs;
    private boolean asking;

    public ClassifiedWatch(Window owner, String dataDir, I18n i18n, TaskRunner runner, Supplier<ClassifiedFolder> rule,
            DialogService dialogs) {
        this.owner = owner;
        this.dataDir = dataDir;
        this.i18n = i18n;
        this.runner = runner;
        this.rule = rule;
        this.dialogs = dialogs;
    }

    /** Checks the folder whenever the meeting shown changes to a 涉密 one (a save shows the saved meeting). */
    public void watch(ObservableValue<Meeting> meeting) {
        meeting.addListener((o, was, now) -> {
            if (now != null && now.confidentiality() == Confidentiality.CLASSIFIED) {
                check();
            }
        });
    }

    /** Asks the rule and, when the folder needs a decision, shows the two ways on. */
    public void check() {
        if (asking) {
            return;
        }
        asking = true;
        ClassifiedFolder folder = rule.get();
        runner.run(() -> folder.needsDecision()
                ? folder.classifiedMeetings().stream().map(Meeting::title).toList() : List.<String>of(), titles -> {
                    if (titles.isEmpty()) {
                        asking = false;
                        return;
                    }
                    ask(folder, titles);
                }, failure -> asking = false);
    }

    private void ask(ClassifiedFolder folder, List<String> titles) {
        var choice = new ClassifiedFolderDialog(i18n, owner, dataDir, titles).ask();
        if (choice.isEmpty()) {
            asking = false;
            return;
        }
        if (choice.get().encrypt()) {
            asking = false;
            dialogs.showInformation(i18n.get("privacy.classified.title"), i18n.get("privacy.classified.atNextStart"));
            return;
        }
        runner.run(() -> folder.override(choice.get().supervisor(), choice.get().reason()),
                (ClassifiedOverride done) -> asking = false, failure -> asking = false);
    }
}
