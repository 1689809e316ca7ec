package org.huiwu.logic.guides;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;

/**
 * Draws a guide step's illustration (an SVG, rendered with jsvg) into an antialiased ARGB image that fits
 * a requested box while keeping the drawing's aspect ratio, and keeps the most recently used images in a
 * small bounded LRU cache keyed by guide, step and box size.
 *
 * <p>Threading: built to be called off the FX thread (e.g. from a background task) and safe to call from
 * several threads at once. The cache is guarded by this object's lock; rendering happens outside the lock,
 * so two threads missing the same key may both render, and the last one wins. Returned images are shared
 * with the cache: callers must treat them as read-only (copy before drawing on them).
 */
public final class GuideIllustrations {

    /** A sensible cache size for one screen of thumbnails plus a projected step or two. */
    public static final int DEFAULT_CAPACITY = 48;

    private final GuideLibrary library;
    private final Map<Key, BufferedImage> cache;

    private record Key(String guideId, int step, int width, int height) { }

    public GuideIllustrations(GuideLibrary library) {
        this(library, DEFAULT_CAPACITY);
    }

    public GuideIllustrations(GuideLibrary library, int capacity) {
        this.library = Objects.requireNonNull(library, "library");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.cache = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The step's illustration scaled to fit within {@code maxWidth × maxHeight}, aspect kept; the image is
     * as large as the fitted drawing (no letterbox bands).
     *
     * @throws IllegalStateException when the illustration is missing or cannot be parsed
     */
    public BufferedImage render(Guide guide, GuideStep step, int maxWidth, int maxHeight) {
        if (maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("size must be positive: " + maxWidth + "x" + maxHeight);
        }
        Key key = new Key(guide.id(), step.number(), maxWidth, maxHeight);
        synchronized (this) {
            BufferedImage cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        URL url = library.illustration(guide.id(), step).orElseThrow(() -> new IllegalStateException(
                "no illustration " + step.image() + " for guide " + guide.id()));
        BufferedImage image = draw(url, maxWidth, maxHeight);
        synchronized (this) {
            cache.put(key, image);
        }
        return image;
    }

    /** Number of images currently cached. */
    public synchronized int cachedCount() {
        return cache.size();
    }

    /** Drops every cached image, e.g. when the window closes the guide viewer. */
    public synchronized void clear() {
        cache.clear();
    }

    private static BufferedImage draw(URL url, int maxWidth, int maxHeight) {
        SVGDocument document = new SVGLoader().load(url, LoaderContext.createDefault());
        if (document == null) {
            throw new IllegalStateException("illustration is not a readable SVG: " + url);
        }
        FloatSize size = document.size();
        double scale = Math.min(maxWidth / size.getWidth(), maxHeight / size.getHeight());
        int width = Math.max(1, (int) Math.round(size.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(size.getHeight() * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            document.render(null, g, new ViewBox(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }
}
