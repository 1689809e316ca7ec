package org.huiwu.ui.export;

import java.nio.file.Path;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The end of an export: says what was exported and offers to open the folder it went to, saying so when this
 * desktop cannot open it. FX thread only; the {@link MeetingExportViewModel.FolderOpener} runs on the task
 * runner's thread.
 */
final class ExportedFolder {

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final MeetingExportViewModel.FolderOpener opener;

    ExportedFolder(TaskRunner runner, DialogService dialogs, I18n i18n, MeetingExportViewModel.FolderOpener opener) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.opener = opener;
    }

    /** Says what was exported and offers to open the folder (off the FX thread; said so when it cannot). */
    void offer(Path folder, String done) {
        String title = i18n.get("export.window.title");
        if (!dialogs.offer(title, done, i18n.get("export.window.openFolder"), i18n.get("export.window.close"))) {
            return;
        }
        runner.run(() -> opener.open(folder), opened -> {
            if (!opened) {
                dialogs.showInformation(title, i18n.format("export.window.cannotOpenFolder", folder.toString()));
            }
        }, failure -> dialogs.showInformation(title, i18n.format("export.window.cannotOpenFolder", folder.toString())));
    }
}
