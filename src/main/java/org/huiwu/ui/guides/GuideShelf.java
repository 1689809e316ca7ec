package org.huiwu.ui.guides;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.huiwu.logic.guides.GuideCatalogue;
import org.huiwu.logic.guides.GuideIllustrations;
import org.huiwu.logic.guides.GuideLibrary;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideProblem;
import org.huiwu.ui.common.FxTaskRunner;
import org.huiwu.ui.common.TaskRunner;

/**
 * The guides as the window sees them: loads the catalogue once, in the background, the first time a
 * screen asks for it (so the app starts no slower for the guides), and keeps the shared illustration
 * renderer. The venue's corrected texts are laid over the shipped ones as the catalogue loads (a
 * database read on the shelf's own worker, through the connection pool, never on the FX thread), and a
 * correction saved later replaces its guide here. Outlives a rebuild of the window for a new language. FX
 * thread only; loading and drawing run on the injected {@link TaskRunner}.
 */
public final class GuideShelf {

    private final GuideLibrary library;
    private final GuideIllustrations illustrations;
    private final TaskRunner runner;
    private final UnaryOperator<GuideCatalogue> texts;
    private final List<Consumer<GuideCatalogue>> waiting = new ArrayList<>();
    private GuideCatalogue catalogue;
    private boolean loading;

    /** A shelf that reads and draws on one background thread of its own, apart from the database thread. */
    public static GuideShelf withOwnWorker(GuideLibrary library, UnaryOperator<GuideCatalogue> texts) {
        return new GuideShelf(library, new FxTaskRunner(illustrationWorker()), texts);
    }

    /** A shelf of the guides as shipped. */
    public GuideShelf(GuideLibrary library, TaskRunner runner) {
        this(library, runner, UnaryOperator.identity());
    }

    /**
     * @param texts lays the venue's corrected texts over the shipped catalogue (runs on {@code runner})
     */
    public GuideShelf(GuideLibrary library, TaskRunner runner, UnaryOperator<GuideCatalogue> texts) {
        this.library = library;
        this.illustrations = new GuideIllustrations(library);
        this.runner = runner;
        this.texts = texts;
    }

    /** Hands the catalogue to {@code use} now if loaded, else once it has loaded (starting the load). */
    public void whenLoaded(Consumer<GuideCatalogue> use) {
        if (catalogue != null) {
            use.accept(catalogue);
            return;
        }
        waiting.add(use);
        if (!loading) {
            loading = true;
            runner.run(() -> texts.apply(library.load()), this::loaded,
                    failure -> loaded(new GuideCatalogue(List.of(), List.of(new GuideProblem(
                            GuideLibrary.INDEX_ID, String.valueOf(failure.getMessage()))))));
        }
    }

    /** Puts a corrected guide in place of the one with its id (after a supervisor saved a correction). */
    public void replace(Guide corrected) {
        if (catalogue != null) {
            catalogue = catalogue.with(corrected);
        }
    }

    /** True once the catalogue has loaded. */
    public boolean isLoaded() {
        return catalogue != null;
    }

    public GuideIllustrations illustrations() {
        return illustrations;
    }

    /** The runner that draws illustrations and loads the catalogue (never the database thread). */
    public TaskRunner runner() {
        return runner;
    }

    private void loaded(GuideCatalogue loaded) {
        catalogue = loaded;
        loading = false;
        List<Consumer<GuideCatalogue>> ready = List.copyOf(waiting);
        waiting.clear();
        ready.forEach(use -> use.accept(loaded));
    }

    /** The one thread that reads guides and draws their illustrations; it ends when idle. */
    private static ExecutorService illustrationWorker() {
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "huiwu-illustrations");
                    thread.setDaemon(true);
                    return thread;
                });
        worker.allowCoreThreadTimeOut(true);
        return worker;
    }
}
