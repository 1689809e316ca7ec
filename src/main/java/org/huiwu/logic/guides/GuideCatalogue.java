package org.huiwu.logic.guides;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideCategory;
import org.huiwu.model.guide.GuideProblem;

/**
 * The outcome of loading the guide shelf: the guides that loaded, in display order, and one problem for
 * each guide that did not. Immutable; safe to share between threads.
 */
public record GuideCatalogue(List<Guide> guides, List<GuideProblem> problems) {

    public GuideCatalogue {
        guides = List.copyOf(guides);
        problems = List.copyOf(problems);
    }

    /** True when every listed guide loaded. */
    public boolean isComplete() {
        return problems.isEmpty();
    }

    /** The guide with the given folder id, if it loaded. */
    public Optional<Guide> find(String id) {
        return guides.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** This catalogue with {@code replacement} in place of the guide with its id. */
    public GuideCatalogue with(Guide replacement) {
        return new GuideCatalogue(guides.stream().map(g -> g.id().equals(replacement.id()) ? replacement : g).toList(),
                problems);
    }

    /** The loaded guides of one category, in display order. */
    public List<Guide> inCategory(GuideCategory category) {
        return guides.stream().filter(g -> g.category() == category).toList();
    }

    /**
     * The guides matching a search, in display order: a case-insensitive match on the title, purpose or a
     * step caption in either language, or on the pinyin initials of the Chinese title ("zz" finds 站姿).
     * A blank query returns every guide.
     */
    public List<Guide> search(String query) {
        if (query == null || query.isBlank()) {
            return guides;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return guides.stream().filter(g -> GuideSearch.matches(g, needle)).toList();
    }
}
