package org.huiwu.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FxDialogService;

/**
 * The window's real dialogs, except that "save as" answers with the file the test chose (the native
 * chooser cannot run headless). FX thread, like the dialogs it stands in for. Test code.
 */
final class SavesToChosenFile implements DialogService {

    private final FxDialogService real;
    private final Supplier<Path> chosen;

    SavesToChosenFile(Supplier<Window> owner, Supplier<Path> chosen) {
        this.real = new FxDialogService(owner);
        this.chosen = chosen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String filterDescription, String extension,
            String suggestedName) {
        return Optional.ofNullable(chosen.get());
    }

    @Override
    public boolean confirm(String title, String message) {
        return real.confirm(title, message);
    }

    @Override
    public int choose(String title, String message, List<String> options) {
        return real.choose(title, message, options);
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        real.showInformation(title, message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions) {
        return real.chooseFileToOpen(title, filterDescription, extensions);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, List<String> extensions) {
        return real.chooseFilesToOpen(title, filterDescription, extensions);
    }
}
