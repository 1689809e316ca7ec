package org.huiwu.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.huiwu.i18n.I18n;

/**
 * Tells the attendant which of their offline changes were kept out when sent because another laptop changed the same
 * record first (decision 0048): a checklist template edit refused, a left item's change where the other laptop's was
 * kept. Wraps the live poll's count of kept records ({@link LiveUpdates#reportKeptElsewhere}): on the poll's
 * background thread it also takes the records' names, and when there are any it sets the status line, on the FX
 * thread through {@code fx}, to name them and say theirs was kept. The count on the server status line stays as
 * before. Thread-safe (holds no state of its own).
 */
public final class KeptRecordsNotice {

    private KeptRecordsNotice() {
    }

    /**
     * The count of kept records, as {@code count} gives it, naming them on the status line as a side effect.
     *
     * @param names takes the names of the kept records since the last call
     */
    public static Callable<Integer> counting(Callable<Integer> count, Callable<List<String>> names,
            Supplier<AppState> state, Supplier<I18n> i18n, Executor fx) {
        return () -> {
            int kept = count.call();
            List<String> named = names.call();
            if (!named.isEmpty()) {
                fx.execute(() -> state.get().statusProperty().set(text(i18n.get(), named)));
            }
            return kept;
        };
    }

    /** The status line naming the records whose offline change was not stored, theirs kept. */
    static String text(I18n i18n, List<String> names) {
        return i18n.format("live.status.keptNamed", String.join(i18n.get("live.status.keptNamed.separator"),
                names.stream().map(n -> i18n.format("live.status.keptNamed.quoted", n)).toList()));
    }
}
