package org.huiwu.cli;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with English as the default locale (it decides the command line's language) and puts
 * the previous default back afterwards, so a test asserting English messages does not depend on which
 * window test ran before it in the same JVM (the window sets the default to its interface language).
 */
final class EnglishLocale implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(EnglishLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(STORE).put("saved", Locale.getDefault());
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(STORE).get("saved", Locale.class));
    }
}
