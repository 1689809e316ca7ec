package org.huiwu.cli;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Bad usage of the command line told in the user's language: the commands' own checks ({@link #of}) and picocli's
 * refusals (a missing, unknown, repeated or unconvertible option), each as one line from the {@code cli} bundle
 * that names the option and the value given. A refusal of a kind not known here keeps picocli's own words.
 * Stateless; confined to the calling thread.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /** A usage error of {@code spec}'s command with the bundle's text {@code key}, filled with {@code values}. */
    static ParameterException of(CommandSpec spec, String key, Object... values) {
        return new ParameterException(spec.commandLine(), text(spec.resourceBundle(), key, values));
    }

    /** The one line that says what is wrong with the command line {@code failure} refused. */
    static String describe(ParameterException failure) {
        CommandSpec spec = failure.getCommandLine().getCommandSpec();
        ResourceBundle texts = spec.resourceBundle();
        if (texts == null) {
            return HuiwuCommand.usageLine(failure.getMessage());
        }
        if (failure instanceof MissingParameterException missing) {
            List<ArgSpec> args = missing.getMissing();
            boolean oneOf = args.size() > 1 && args.stream().allMatch(arg -> arg.group() != null && arg.group().exclusive());
            String key = oneOf ? "cli.usage.missingOneOf"
                    : args.stream().allMatch(ArgSpec::isOption) ? "cli.usage.missingOption" : "cli.usage.missingParameter";
            return text(texts, key, names(args, texts));
        }
        if (failure instanceof UnmatchedArgumentException unmatched) {
            return text(texts, "cli.usage.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        }
        if (failure instanceof MutuallyExclusiveArgsException) {
            List<ArgSpec> exclusive = spec.argGroups().stream().filter(ArgGroupSpec::exclusive)
                    .flatMap(group -> group.args().stream()).toList();
            return text(texts, "cli.usage.exclusive", names(exclusive, texts));
        }
        if (failure instanceof OverwrittenOptionException overwritten) {
            return text(texts, "cli.usage.once", name(overwritten.getOverwritten()));
        }
        if (failure.getArgSpec() != null && failure.getValue() != null) {
            return text(texts, "cli.usage.invalidValue", name(failure.getArgSpec()), failure.getValue());
        }
        return HuiwuCommand.usageLine(failure.getMessage());
    }

    private static String names(List<ArgSpec> args, ResourceBundle texts) {
        return args.stream().map(UsageErrors::name).collect(Collectors.joining(texts.getString("cli.usage.separator")));
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }

    private static String text(ResourceBundle texts, String key, Object... values) {
        Object[] shown = Arrays.stream(values).map(String::valueOf).toArray();
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(shown);
    }
}
