package org.huiwu.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FxDialogService;

/**
 * The window's real dialogs, except that "save as" answers with the file the test chose, and "open" too
 * when the test chose one (the native choosers cannot run headless). FX thread, like the dialogs it stands
 * in for. Test code.
 */
public final class SavesToChosenFile implements DialogService {

    private final FxDialogService real;
    private final Supplier<Path> chosen;
    private final Supplier<Path> opened;

    SavesToChosenFile(Supplier<Window> owner, Supplier<Path> chosen) {
        this(owner, chosen, null);
    }

    /** Real dialogs that save to nothing and open {@code opened} (its answer, or nothing when it gives null). */
    public static SavesToChosenFile opening(Supplier<Window> owner, Supplier<Path> opened) {
        return new SavesToChosenFile(owner, () -> null, opened);
    }

    private SavesToChosenFile(Supplier<Window> owner, Supplier<Path> chosen, Supplier<Path> opened) {
        this.real = new FxDialogService(owner);
        this.chosen = chosen;
        this.opened = opened;
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
        if (opened != null) {
            return Optional.ofNullable(opened.get());
        }
        return real.chooseFileToOpen(title, filterDescription, extensions);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, List<String> extensions) {
        if (opened != null) {
            return Optional.ofNullable(opened.get()).map(List::of).orElse(List.of());
        }
        return real.chooseFilesToOpen(title, filterDescription, extensions);
    }
}
