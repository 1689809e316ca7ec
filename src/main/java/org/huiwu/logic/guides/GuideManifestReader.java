package org.huiwu.logic.guides;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideCategory;
import org.huiwu.model.guide.GuideStandard;
import org.huiwu.model.guide.GuideStep;
import org.huiwu.model.guide.LocalizedList;
import org.huiwu.model.guide.LocalizedText;

/**
 * Reads one {@code guide.json} manifest and checks its text: both languages on every text, at least one
 * step, known category, plain image file names. Problems surface as {@link InvalidGuideException} with
 * a reason a maintainer can act on. Checking that the images exist is {@link GuideLibrary}'s part.
 * Stateless after construction (the Jackson mapper is thread-safe); safe to share between threads.
 */
final class GuideManifestReader {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The index's shape: guide folder ids in display order. */
    record IndexManifest(List<String> guides) { }

    private record TextManifest(String zh, String en) { }

    private record ListManifest(List<String> zh, List<String> en) { }

    private record StandardManifest(String reference, Boolean verified, List<String> sources, TextManifest note) { }

    private record StepManifest(TextManifest caption, ListManifest keyPoints, ListManifest mistakes, String image) { }

    private record GuideManifest(String id, TextManifest title, String category, StandardManifest standard,
            TextManifest purpose, List<StepManifest> steps, List<TextManifest> variants) { }

    /** Reads the index listing the guide folders. */
    List<String> readIndex(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            IndexManifest index = mapper.readValue(in, IndexManifest.class);
            if (index.guides() == null) {
                throw new IOException("index has no \"guides\" list");
            }
            return List.copyOf(index.guides());
        }
    }

    /** Reads and checks the manifest of the guide in folder {@code folderId}. */
    Guide readGuide(String folderId, URL url) throws IOException {
        GuideManifest m;
        try (InputStream in = url.openStream()) {
            m = mapper.readValue(in, GuideManifest.class);
        }
        if (!folderId.equals(m.id())) {
            throw new InvalidGuideException("id \"" + m.id() + "\" does not match its folder");
        }
        GuideCategory category = category(m.category());
        if (m.standard() == null || blank(m.standard().reference())) {
            throw new InvalidGuideException("standard.reference is missing");
        }
        StandardManifest s = m.standard();
        GuideStandard standard = new GuideStandard(s.reference(), Boolean.TRUE.equals(s.verified()),
                s.sources() == null ? List.of() : s.sources(), text(s.note(), "standard.note"));
        if (m.steps() == null || m.steps().isEmpty()) {
            throw new InvalidGuideException("a guide needs at least one step");
        }
        List<GuideStep> steps = new ArrayList<>();
        for (int i = 0; i < m.steps().size(); i++) {
            steps.add(step(i + 1, m.steps().get(i)));
        }
        List<LocalizedText> variants = new ArrayList<>();
        if (m.variants() != null) {
            for (int i = 0; i < m.variants().size(); i++) {
                variants.add(text(m.variants().get(i), "variants[" + i + "]"));
            }
        }
        return new Guide(m.id(), text(m.title(), "title"), category, standard,
                text(m.purpose(), "purpose"), steps, variants);
    }

    private static GuideStep step(int number, StepManifest s) {
        String where = "step " + number;
        if (s == null) {
            throw new InvalidGuideException(where + " is empty");
        }
        String image = s.image();
        if (blank(image) || !image.toLowerCase(Locale.ROOT).endsWith(".svg")
                || image.contains("/") || image.contains("\\") || image.startsWith(".")) {
            throw new InvalidGuideException(where + ".image must be a plain .svg file name: " + image);
        }
        return new GuideStep(number, text(s.caption(), where + ".caption"),
                list(s.keyPoints(), where + ".keyPoints"), list(s.mistakes(), where + ".mistakes"), image);
    }

    private static GuideCategory category(String name) {
        try {
            return GuideCategory.valueOf(name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new InvalidGuideException("unknown category \"" + name + "\"", e);
        }
    }

    private static LocalizedText text(TextManifest t, String where) {
        if (t == null) {
            throw new InvalidGuideException(where + " is missing");
        }
        if (blank(t.zh())) {
            throw new InvalidGuideException(where + ".zh is missing or blank");
        }
        if (blank(t.en())) {
            throw new InvalidGuideException(where + ".en is missing or blank");
        }
        return new LocalizedText(t.zh().strip(), t.en().strip());
    }

    private static LocalizedList list(ListManifest l, String where) {
        if (l == null) {
            return LocalizedList.EMPTY;
        }
        List<String> zh = l.zh() == null ? List.of() : l.zh();
        List<String> en = l.en() == null ? List.of() : l.en();
        if (zh.isEmpty() != en.isEmpty()) {
            throw new InvalidGuideException(where + " is filled in one language only");
        }
        if (zh.stream().anyMatch(GuideManifestReader::blank) || en.stream().anyMatch(GuideManifestReader::blank)) {
            throw new InvalidGuideException(where + " has a blank entry");
        }
        return new LocalizedList(zh, en);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A manifest that parses as JSON but breaks a content rule. */
    static final class InvalidGuideException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidGuideException(String reason) {
            super(reason);
        }

        InvalidGuideException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
