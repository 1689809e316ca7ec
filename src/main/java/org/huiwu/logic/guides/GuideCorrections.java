package org.huiwu.logic.guides;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huiwu.logic.provenance.ProvenanceProblem;
import org.huiwu.logic.provenance.ProvenanceRejectedException;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideTexts;
import org.huiwu.model.guide.LocalizedList;
import org.huiwu.model.guide.LocalizedText;
import org.huiwu.model.guide.StepTexts;
import org.huiwu.persistence.GuideTextDao;

/**
 * Guide texts as versioned data, like the incident procedures: the text shipped in {@code assets/} is
 * version 1; a supervisor's correction of a step stores version 1 (the first time) and the next version
 * in one transaction. The newest stored version is laid over the shipped guide; the pictures always stay
 * as shipped. Synchronous and thread-safe; call it off the FX thread.
 */
public final class GuideCorrections {

    private final GuideTextDao texts;
    private final Clock clock;

    public GuideCorrections(GuideTextDao texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** The catalogue with every corrected guide's newest texts in place of the shipped ones. */
    public GuideCatalogue current(GuideCatalogue shipped) {
        Map<String, GuideTexts> latest = texts.latest().stream()
                .collect(Collectors.toMap(GuideTexts::guideId, Function.identity()));
        List<Guide> guides = new ArrayList<>();
        for (Guide guide : shipped.guides()) {
            GuideTexts corrected = latest.get(guide.id());
            guides.add(corrected == null ? guide : corrected.applyTo(guide));
        }
        return new GuideCatalogue(guides, shipped.problems());
    }

    /** The newest stored version of a guide's texts; empty while it reads as shipped (version 1). */
    public Optional<GuideTexts> latest(String guideId) {
        return texts.latest(guideId);
    }

    /**
     * Stores a correction of one step of {@code current} (the guide as shown) as the next version and
     * returns the guide with it. A text written in one language only is used for both; blank list lines
     * are dropped.
     *
     * @throws ProvenanceRejectedException when the caption or the name is blank, or a text is too long
     */
    public Guide correctStep(Guide current, StepTexts step, String by) {
        current.step(step.number());
        String who = ProvenanceRejectedException.require(by, ProvenanceProblem.CHECKER_MISSING,
                ProvenanceProblem.MAX_SHORT);
        StepTexts clean = new StepTexts(step.number(), caption(step.caption()), list(step.keyPoints()),
                list(step.mistakes()));
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<GuideTexts> stored = texts.latest(current.id());
        List<GuideTexts> inserts = new ArrayList<>();
        GuideTexts base = stored.orElseGet(() -> {
            GuideTexts shipped = GuideTexts.of(current, GuideTexts.SHIPPED, now, "");
            inserts.add(shipped);
            return shipped;
        });
        GuideTexts next = base.withStep(clean, base.version() + 1, now, who);
        inserts.add(next);
        texts.insertAll(inserts);
        return next.applyTo(current);
    }

    private static LocalizedText caption(LocalizedText text) {
        String zh = checked(text.zh());
        String en = checked(text.en());
        if (zh.isEmpty() && en.isEmpty()) {
            throw new ProvenanceRejectedException(ProvenanceProblem.TEXT_MISSING);
        }
        return new LocalizedText(zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en);
    }

    private static LocalizedList list(LocalizedList list) {
        List<String> zh = lines(list.zh());
        List<String> en = lines(list.en());
        return new LocalizedList(zh.isEmpty() ? en : zh, en.isEmpty() ? zh : en);
    }

    private static List<String> lines(List<String> lines) {
        return lines.stream().map(GuideCorrections::checked).filter(line -> !line.isEmpty()).toList();
    }

    private static String checked(String text) {
        String stripped = text == null ? "" : text.replace('\n', ' ').strip();
        if (stripped.length() > ProvenanceProblem.MAX_TEXT) {
            throw new ProvenanceRejectedException(ProvenanceProblem.TEXT_TOO_LONG);
        }
        return stripped;
    }
}
