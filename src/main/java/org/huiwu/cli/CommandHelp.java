package org.huiwu.cli;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's help in the user's language: every command's description, every option's (through its
 * {@code descriptionKey}), the standard {@code --help} and {@code --version} options and the usage headings come
 * from the {@code cli} bundle, Chinese on a Chinese system and English elsewhere, as the command line's messages do.
 * Applied once to a freshly built command tree; confined to the calling thread.
 */
final class CommandHelp {

    /** The bundle key of each command's description, by command name. */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("huiwu", "cli.command.huiwu"),
            Map.entry("sample", "cli.command.sample"),
            Map.entry("meetings", "cli.command.meetings"),
            Map.entry("attendees", "cli.command.attendees"),
            Map.entry("import", "cli.command.import"),
            Map.entry("seat-order", "cli.command.seatOrder"),
            Map.entry("seat-chart", "cli.command.seatChart"),
            Map.entry("name-cards", "cli.command.nameCards"),
            Map.entry("export", "cli.command.export"),
            Map.entry("verify", "cli.command.verify"),
            Map.entry("merge", "cli.command.merge"),
            Map.entry("backup", "cli.command.backup"),
            Map.entry("restore", "cli.command.restore"),
            Map.entry("encrypt", "cli.command.encrypt"),
            Map.entry("decrypt", "cli.command.decrypt"),
            Map.entry("venue-setup", "cli.command.venueSetup"),
            Map.entry("audit", "cli.command.audit"));

    /** The keys picocli reads for the options that {@code mixinStandardHelpOptions} adds. */
    private static final String HELP_OPTION = "mixinStandardHelpOptions.help";
    private static final String VERSION_OPTION = "mixinStandardHelpOptions.version";

    private final ResourceBundle texts;

    CommandHelp(Locale locale) {
        this.texts = ResourceBundle.getBundle("org.huiwu.i18n.cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Gives {@code root} and all its sub-commands their help in this language. */
    void applyTo(CommandLine root) {
        root.setResourceBundle(new StandardOptionTexts(texts));
        describe(root);
    }

    private void describe(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        String key = DESCRIPTIONS.get(spec.name());
        if (key == null) {
            throw new IllegalStateException("no help text for the command " + spec.qualifiedName());
        }
        spec.usageMessage().description(texts.getString(key))
                .synopsisHeading(texts.getString("cli.usage.synopsis"))
                .commandListHeading(texts.getString("cli.usage.commands"));
        command.getSubcommands().values().forEach(this::describe);
    }

    /** The cli bundle, with picocli's own keys for the standard options mapped to the bundle's. */
    private static final class StandardOptionTexts extends ResourceBundle {

        private final ResourceBundle texts;

        StandardOptionTexts(ResourceBundle texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (key.equals(HELP_OPTION)) {
                return texts.getString("cli.option.help");
            }
            if (key.equals(VERSION_OPTION)) {
                return texts.getString("cli.option.version");
            }
            return texts.containsKey(key) ? texts.getString(key) : null;
        }

        @Override
        public java.util.Enumeration<String> getKeys() {
            java.util.Set<String> keys = new java.util.TreeSet<>(texts.keySet());
            keys.add(HELP_OPTION);
            keys.add(VERSION_OPTION);
            return java.util.Collections.enumeration(keys);
        }
    }
}
