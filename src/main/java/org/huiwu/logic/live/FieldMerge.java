package org.huiwu.logic.live;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Two edits of one record made from the same read on two laptops (decision 0031), field by field against that
 * read (a meeting's details, an attendee, a checklist item): a field only one side changed takes that side's
 * value, so neither side's change is lost; a field both changed to different values is a clash the losing editor
 * decides (keep mine / take theirs). Immutable.
 *
 * @param base the record as the editor read it
 * @param mine the editor's version, refused because the other was stored first
 * @param theirs the record as it is stored now
 * @param fields the record's editable fields
 * @param <T> the record type
 */
public record FieldMerge<T>(T base, T mine, T theirs, List<Field<T>> fields) {

    /**
     * One editable field of a record: its label key (for the dialog), how to read it and how to set it.
     *
     * @param <T> the record type
     */
    public record Field<T>(String labelKey, Function<T, Object> value, BiFunction<T, Object, T> with) {

        /** A field whose value has type {@code V}. */
        @SuppressWarnings("unchecked")
        public static <T, V> Field<T> of(String labelKey, Function<T, V> value, BiFunction<T, V, T> with) {
            return new Field<>(labelKey, value::apply, (record, v) -> with.apply(record, (V) v));
        }

        public Object of(T record) {
            return value.apply(record);
        }
    }

    public FieldMerge {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        fields = List.copyOf(fields);
    }

    /** The fields both sides changed to different values: what the editor must decide. */
    public List<Field<T>> clashes() {
        return fields.stream().filter(f -> changed(mine, f) && changed(theirs, f)
                && !Objects.equals(f.of(mine), f.of(theirs))).toList();
    }

    /** The fields only the other laptop changed: they are taken whatever the editor decides. */
    public List<Field<T>> theirsOnly() {
        return fields.stream().filter(f -> changed(theirs, f) && !changed(mine, f)).toList();
    }

    /** Whether the editor changed anything at all. */
    public boolean mineChangedAnything() {
        return fields.stream().anyMatch(f -> changed(mine, f));
    }

    /**
     * The stored record with the editor's own changes, and on the clashes mine ({@code keepMine}) or theirs. What
     * the fields do not cover (ids, order, versions) stays as stored.
     */
    public T resolved(boolean keepMine) {
        T result = theirs;
        for (Field<T> field : fields) {
            if (changed(mine, field) && (keepMine || !changed(theirs, field))) {
                result = field.with().apply(result, field.of(mine));
            }
        }
        return result;
    }

    private boolean changed(T side, Field<T> field) {
        return !Objects.equals(field.of(side), field.of(base));
    }
}
