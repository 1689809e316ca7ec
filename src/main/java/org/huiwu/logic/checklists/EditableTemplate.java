package org.huiwu.logic.checklists;

import java.util.List;
import java.util.UUID;

import org.huiwu.model.checklists.TemplateLine;

/**
 * What a supervisor does to a checklist template, whichever it is: the service checklist (O, Q, S, changed
 * item by item) or the stage checklist (K, L, N, R, where every edit is a new template version). One editor
 * works on both through this. Implementations are synchronous and thread-safe; call them off the FX thread.
 *
 * @param <G> the kind of group the items sit in
 */
public interface EditableTemplate<G> {

    /** The groups, in the order the editor offers them. */
    List<G> groups();

    /** The items new meetings get in that group, in order. */
    List<TemplateLine<G>> lines(G group);

    /** Adds an item at the end of the group; returns its id. */
    UUID addLine(G group, String textZh, String textEn, String by);

    void renameLine(UUID id, String textZh, String textEn, String by);

    /**
     * Renames the item the editor showed as {@code shown}. A template whose items are checked against what the editor
     * saw (the service checklist, decision 0050) throws {@link TemplateLineConflictException} when another laptop
     * changed the texts since; by default the same as {@link #renameLine}.
     */
    default void renameShown(TemplateLine<G> shown, String textZh, String textEn, String by) {
        renameLine(shown.id(), textZh, textEn, by);
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) in its group; past either end nothing changes. */
    void moveLine(UUID id, int step, String by);

    /** Takes an item out of the template; meetings already opened keep it. */
    void retireLine(UUID id, String by);

    /** Whether items carry a mandatory flag the editor should offer. */
    default boolean marksMandatory() {
        return false;
    }

    /** Marks an item mandatory or not (only where {@link #marksMandatory()}). */
    default void markMandatory(UUID id, boolean mandatory, String by) {
        throw new UnsupportedOperationException("This template has no mandatory items");
    }

    /** The template's version now, or 0 for a template that is not versioned. */
    default int version() {
        return 0;
    }

    /**
     * The list with the item at {@code from} moved one place by {@code step}'s sign, or the same list when that
     * would pass either end. The one reordering rule both templates use.
     */
    static <T> List<T> moved(List<T> items, int from, int step) {
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= items.size()) {
            return items;
        }
        List<T> reordered = new java.util.ArrayList<>(items);
        reordered.add(to, reordered.remove(from));
        return reordered;
    }
}
