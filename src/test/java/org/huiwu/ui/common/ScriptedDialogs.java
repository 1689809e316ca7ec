package org.huiwu.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for ViewModel tests: answers every confirmation with a preset answer and
 * records each question, error and information shown. Confined to the test thread.
 */
public final class ScriptedDialogs implements DialogService {

    /** A dialog as it would have been shown. */
    public record Shown(String title, String message) {
    }

    private boolean confirmAnswer;
    private int choice = -1;
    private final java.util.ArrayDeque<Integer> choices = new java.util.ArrayDeque<>();
    private Optional<Path> fileToSave = Optional.empty();
    private Optional<Path> fileToOpen = Optional.empty();
    private Optional<Path> folder = Optional.empty();
    private final List<Shown> questions = new ArrayList<>();
    private final List<Shown> errors = new ArrayList<>();
    private final List<Shown> information = new ArrayList<>();

    private String secret;

    /** Every later request for a secret is answered with {@code answer} (null cancels). */
    public ScriptedDialogs answerSecret(String answer) {
        this.secret = answer;
        return this;
    }

    @Override
    public Optional<String> askSecret(String title, String message) {
        questions.add(new Shown(title, message));
        return Optional.ofNullable(secret);
    }

    /** Every later confirmation is answered with {@code answer}. */
    public ScriptedDialogs answerConfirm(boolean answer) {
        this.confirmAnswer = answer;
        return this;
    }

    /** Every later choice is answered with the option at {@code index} (-1 cancels). */
    public ScriptedDialogs answerChoice(int index) {
        this.choice = index;
        return this;
    }

    /** The next choices, one per question in order; afterwards {@link #answerChoice(int)}'s answer. */
    public ScriptedDialogs answerChoices(int... indexes) {
        for (int index : indexes) {
            choices.add(index);
        }
        return this;
    }

    /** The file every later save-file dialog returns. */
    public ScriptedDialogs saveTo(Path file) {
        this.fileToSave = Optional.ofNullable(file);
        return this;
    }

    /** The folder every later folder dialog returns. */
    public ScriptedDialogs chooseFolderAnswer(Path chosen) {
        this.folder = Optional.ofNullable(chosen);
        return this;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return folder;
    }

    /** The file every later open-file dialog returns. */
    public ScriptedDialogs chooseFile(Path file) {
        this.fileToOpen = Optional.ofNullable(file);
        return this;
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(new Shown(title, message));
        return confirmAnswer;
    }

    @Override
    public int choose(String title, String message, List<String> options) {
        questions.add(new Shown(title, message));
        return choices.isEmpty() ? choice : choices.poll();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, List<String> extensions) {
        return fileToOpen.map(List::of).orElse(List.of());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String filterDescription, String extension,
            String suggestedName) {
        return fileToSave;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new Shown(title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(new Shown(title, message));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions) {
        return fileToOpen;
    }

    public List<Shown> questions() {
        return List.copyOf(questions);
    }

    public List<Shown> errors() {
        return List.copyOf(errors);
    }

    public List<Shown> information() {
        return List.copyOf(information);
    }
}
