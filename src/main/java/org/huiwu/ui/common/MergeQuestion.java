package org.huiwu.ui.common;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.live.FieldMerge;

/**
 * Asks the editor whose save of a record lost to another laptop's (decision 0031) what to keep, in the shape the
 * meeting form uses: the dialog names each field both changed with both values, and the fields only the other
 * laptop changed, which are taken either way; 保留我的修改 or 采用对方的内容 decides the clashes. FX thread only.
 */
public final class MergeQuestion {

    private final DialogService dialogs;
    private final I18n i18n;

    public MergeQuestion(DialogService dialogs, I18n i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /**
     * The record to save after the editor decided (without a question when nothing clashes), or null when they
     * closed the dialog without deciding.
     *
     * @param name how the record is called in the dialog (a person's name, an item's text)
     * @param shown how a field's value is shown
     */
    public <T> T decide(FieldMerge<T> merge, String name, Function<Object, String> shown) {
        List<FieldMerge.Field<T>> clashes = merge.clashes();
        if (clashes.isEmpty()) {
            return merge.resolved(true);
        }
        int choice = dialogs.choose(i18n.get("live.conflict.title"), message(merge, name, shown),
                List.of(i18n.get("live.conflict.keepMine"), i18n.get("live.conflict.takeTheirs")));
        return choice < 0 ? null : merge.resolved(choice == 0);
    }

    /** The dialog's text: what changed on both sides, and what the other laptop changed alone. */
    public <T> String message(FieldMerge<T> merge, String name, Function<Object, String> shown) {
        StringBuilder text = new StringBuilder(i18n.format("live.conflict.header", name));
        for (FieldMerge.Field<T> field : merge.clashes()) {
            text.append('\n').append(i18n.format("live.conflict.line", i18n.get(field.labelKey()),
                    shown.apply(field.of(merge.mine())), shown.apply(field.of(merge.theirs()))));
        }
        List<FieldMerge.Field<T>> taken = merge.theirsOnly();
        if (!taken.isEmpty()) {
            text.append('\n').append(i18n.format("live.conflict.taken", taken.stream()
                    .map(f -> i18n.get(f.labelKey())).collect(Collectors.joining(i18n.get("live.conflict.and")))));
        }
        return text.toString();
    }
}
