package org.huiwu.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Shows the values of a choice box or choice cell by a label function; choices are never typed. Stateless. */
public final class ChoiceLabels {

    private ChoiceLabels() {
    }

    public static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
