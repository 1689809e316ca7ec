package org.huiwu.logic.guides;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideProblem;
import org.huiwu.model.guide.GuideStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the shelf of illustrated procedure guides: finds {@code index.json} and each guide's
 * {@code guide.json} and illustrations through a resource resolver (class path by default, any folder in
 * tests), validates every manifest and image, and reports a broken guide by id while the others load.
 * Holds no mutable state; {@link #load()} does blocking I/O and is meant to run off the FX thread.
 * Safe to call from any thread.
 */
public final class GuideLibrary {

    /** Where the shipped guides sit on the class path. */
    public static final String CLASS_PATH_ROOT = "assets/guides/";
    /** The id problems with the index itself are reported under. */
    public static final String INDEX_ID = "index";

    private static final Logger LOG = LoggerFactory.getLogger(GuideLibrary.class);

    private final Function<String, URL> resolver;

    /**
     * @param resolver maps a path relative to the guide root ({@code index.json},
     *                 {@code standing-women/guide.json}, {@code standing-women/step-01.svg}) to its URL,
     *                 or to null when there is no such resource
     */
    public GuideLibrary(Function<String, URL> resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** The guides shipped with the app, under {@value #CLASS_PATH_ROOT} on the class path. */
    public static GuideLibrary onClassPath() {
        ClassLoader loader = GuideLibrary.class.getClassLoader();
        return new GuideLibrary(relative -> loader.getResource(CLASS_PATH_ROOT + relative));
    }

    /** Guides kept in a folder on disk, laid out like {@value #CLASS_PATH_ROOT}. */
    public static GuideLibrary inFolder(Path root) {
        return new GuideLibrary(relative -> {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
                return null;
            }
            try {
                return file.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Loads every guide named in the index; never throws for a broken guide. */
    public GuideCatalogue load() {
        URL indexUrl = resolver.apply("index.json");
        if (indexUrl == null) {
            return failedIndex("index.json not found");
        }
        GuideManifestReader reader = new GuideManifestReader(); // here, so constructing the shelf loads no Jackson
        List<String> ids;
        try {
            ids = reader.readIndex(indexUrl);
        } catch (IOException e) {
            return failedIndex("index.json unreadable: " + describe(e));
        }
        List<Guide> guides = new ArrayList<>();
        List<GuideProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank() || id.contains("/") || id.contains("\\") || id.startsWith(".")) {
                problems.add(new GuideProblem(INDEX_ID, "invalid guide folder id: " + id));
            } else if (!seen.add(id)) {
                problems.add(new GuideProblem(id, "listed twice in index.json"));
            } else {
                try {
                    guides.add(loadGuide(reader, id));
                } catch (GuideManifestReader.InvalidGuideException e) {
                    problems.add(new GuideProblem(id, e.getMessage()));
                }
            }
        }
        problems.forEach(p -> LOG.warn("Guide not loaded: {}", p));
        return new GuideCatalogue(guides, problems);
    }

    /** The URL of a step's illustration, if the resource exists. */
    public Optional<URL> illustration(String guideId, GuideStep step) {
        return Optional.ofNullable(resolver.apply(guideId + "/" + step.image()));
    }

    private Guide loadGuide(GuideManifestReader reader, String id) {
        URL manifest = resolver.apply(id + "/guide.json");
        if (manifest == null) {
            throw new GuideManifestReader.InvalidGuideException("guide.json not found");
        }
        Guide guide;
        try {
            guide = reader.readGuide(id, manifest);
        } catch (IOException e) {
            throw new GuideManifestReader.InvalidGuideException("guide.json unreadable: " + describe(e), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new GuideManifestReader.InvalidGuideException("guide.json invalid: " + e.getMessage(), e);
        }
        for (GuideStep step : guide.steps()) {
            checkIllustration(guide, step);
        }
        return guide;
    }

    private void checkIllustration(Guide guide, GuideStep step) {
        URL url = illustration(guide.id(), step).orElseThrow(() -> new GuideManifestReader.InvalidGuideException(
                "step " + step.number() + ": image " + step.image() + " not found"));
        SVGDocument document;
        try {
            document = new SVGLoader().load(url, LoaderContext.createDefault());
        } catch (RuntimeException e) {
            document = null;
        }
        if (document == null || document.size().width <= 0 || document.size().height <= 0) {
            throw new GuideManifestReader.InvalidGuideException(
                    "step " + step.number() + ": image " + step.image() + " is not a readable SVG");
        }
    }

    private GuideCatalogue failedIndex(String reason) {
        GuideProblem problem = new GuideProblem(INDEX_ID, reason);
        LOG.warn("No guides loaded: {}", problem);
        return new GuideCatalogue(List.of(), List.of(problem));
    }

    private static String describe(IOException e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }
}
