package org.huiwu.ui.flow;

import java.nio.file.Path;
import java.util.UUID;

import javafx.beans.property.StringProperty;

import org.huiwu.logic.flow.FlowSnapshot;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * Printing the open meeting's stored work order as the PDF sheet where the user chooses; the outcome goes to
 * the work order form's message. FX thread only; the file is written through the {@link TaskRunner}.
 */
public final class WorkOrderPrint {

    /** Writes the work-order sheet of a meeting to a PDF file (the export code). */
    @FunctionalInterface
    public interface Printer {
        void print(UUID meetingId, Path file);
    }

    private final Printer printer;
    private final DialogService dialogs;
    private final FlowViewModel flow;
    private final TaskRunner runner;
    private final FlowTexts texts;
    private final StringProperty message;

    WorkOrderPrint(Printer printer, DialogService dialogs, FlowViewModel flow, TaskRunner runner, FlowTexts texts,
            StringProperty message) {
        this.printer = printer;
        this.dialogs = dialogs;
        this.flow = flow;
        this.runner = runner;
        this.texts = texts;
        this.message = message;
    }

    /** Saves the stored work order as a PDF sheet where the user chooses. */
    void print() {
        FlowSnapshot now = flow.snapshotProperty().get();
        if (now == null) {
            return;
        }
        UUID id = now.workOrder().meetingId();
        dialogs.chooseFileToSave(texts.i18n().get("flow.order.printTitle"), texts.i18n().get("flow.order.printTitle"),
                "*.pdf", texts.i18n().get("flow.export.workOrder") + ".pdf").ifPresent(file -> runner.run(() -> {
                    printer.print(id, file);
                    return file;
                }, written -> message.set(texts.i18n().format("flow.order.printed", written.getFileName())),
                        failure -> message.set(texts.describe(failure))));
    }
}
