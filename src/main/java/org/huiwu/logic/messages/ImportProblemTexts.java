package org.huiwu.logic.messages;

import org.huiwu.logic.attendees.importing.ImportProblem;
import org.huiwu.i18n.I18n;

/**
 * Turns an import problem (code + arguments) into a sentence, prefixed with its row when it has one.
 * Shared by the import dialog and the {@code import} command. Immutable; thread-safe.
 */
public final class ImportProblemTexts {

    private final I18n i18n;

    public ImportProblemTexts(I18n i18n) {
        this.i18n = i18n;
    }

    public String describe(ImportProblem problem) {
        String text = i18n.format(problem.key(), problem.arguments().toArray());
        return problem.rowNumber() == ImportProblem.WHOLE_FILE ? text
                : i18n.format("import.problem.atRow", problem.rowNumber(), text);
    }
}
