package org.huiwu.ui.common;

import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.i18n.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.huiwu.AppContext;
import org.huiwu.persistence.Database;

/**
 * What a ViewModel test needs: a real {@link AppContext} on a test folder (real H2) with a fixed clock,
 * shared {@link AppState}, the same-thread runner, scripted dialogs and English texts. Test code;
 * confined to the test thread.
 */
public final class ViewModelFixture implements AutoCloseable {

    /** 09:15 on 12 March 2025 in Beijing. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T01:15:00Z"), ZoneId.of("Asia/Shanghai"));

    public final AppContext context;
    public final AppState state = new AppState();
    public final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final I18n i18n = new I18n(Locale.ENGLISH);
    public final FailureMessages failures = new FailureMessages(i18n, Database::problemOf);

    public ViewModelFixture(Path dataDir) {
        this(AppContext.open(dataDir, CLOCK));
    }

    /** Over a context opened by the test (a venue server's store, say); closing the fixture closes it. */
    public ViewModelFixture(AppContext context) {
        this.context = context;
    }

    @Override
    public void close() {
        context.close();
    }
}
