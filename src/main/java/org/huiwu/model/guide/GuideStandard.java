package org.huiwu.model.guide;

import java.util.List;
import java.util.Objects;

/**
 * The standard clause or annex a guide follows, e.g. {@code DB3206/T 1083—2024 附录C}.
 * {@code verified} is false while the clause text has not been read and the link rests on inference;
 * {@code sources} holds the reference digest's source tags (e.g. {@code P23}, {@code C15});
 * {@code note} says in both languages how firm the basis is. Immutable; safe to share between threads.
 */
public record GuideStandard(String reference, boolean verified, List<String> sources, LocalizedText note) {

    public GuideStandard {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(note, "note");
        sources = List.copyOf(sources);
    }
}
