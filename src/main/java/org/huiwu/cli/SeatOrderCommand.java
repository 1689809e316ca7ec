package org.huiwu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.huiwu.logic.seating.PodiumSeating;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PodiumRules;
import org.huiwu.model.seating.RankedRows;
import org.huiwu.model.seating.RowNumbering;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.model.seating.Viewpoint;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code seat-order} command: prints podium seat ranks left to right, one line per row, front
 * row first, using {@link PodiumSeating}. Bad input ends with a usage error (exit code 2).
 * Holds the parsed options of one invocation; not thread-safe, confined to the calling thread.
 */
@Command(name = "seat-order", mixinStandardHelpOptions = true)
public final class SeatOrderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--layout", defaultValue = "podium", paramLabel = "LAYOUT",
            descriptionKey = "cli.seatOrder.layout")
    private String layout;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Size size;

    @Option(names = "--convention", defaultValue = "government", paramLabel = "CONVENTION",
            descriptionKey = "cli.seatOrder.convention")
    private String convention;

    @Option(names = "--view", defaultValue = "audience", paramLabel = "VIEW",
            descriptionKey = "cli.seatOrder.view")
    private String view;

    @Option(names = "--variant", split = ",", paramLabel = "CODE",
            descriptionKey = "cli.seatOrder.variant")
    private List<String> variants = new ArrayList<>();

    @Option(names = "--row-numbering", defaultValue = "continuous", paramLabel = "MODE",
            descriptionKey = "cli.seatOrder.rowNumbering")
    private String rowNumbering;

    /** The mutually exclusive ways of giving the podium size. Not thread-safe. */
    static final class Size {
        @Option(names = "--seats", paramLabel = "N", descriptionKey = "cli.seatOrder.seats")
        Integer seats;

        @Option(names = "--rows", split = ",", paramLabel = "N", descriptionKey = "cli.seatOrder.rows")
        List<Integer> rows;
    }

    @Override
    public Integer call() {
        if (!"podium".equalsIgnoreCase(layout.trim())) {
            throw usage("Unsupported --layout '" + layout + "'; only 'podium' is supported");
        }
        List<Integer> rowSizes = size.seats != null ? List.of(size.seats) : size.rows;
        PodiumRules rules = new PodiumRules(parseConvention(), parseVariants(), parseRowNumbering());
        RankedRows ranked;
        try {
            ranked = new PodiumSeating().rows(rowSizes, rules, parseViewpoint());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (List<Integer> row : ranked.rows()) {
            out.println(row.stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        out.flush();
        return 0;
    }

    private Convention parseConvention() {
        return switch (convention.trim().toLowerCase(Locale.ROOT)) {
            case "government" -> Convention.GOVERNMENT;
            case "foreign" -> Convention.FOREIGN_AFFAIRS;
            default -> throw usage("Unknown --convention '" + convention + "'; use 'government' or 'foreign'");
        };
    }

    private Viewpoint parseViewpoint() {
        return switch (view.trim().toLowerCase(Locale.ROOT)) {
            case "audience" -> Viewpoint.AUDIENCE;
            case "podium" -> Viewpoint.PODIUM;
            default -> throw usage("Unknown --view '" + view + "'; use 'audience' or 'podium'");
        };
    }

    private RowNumbering parseRowNumbering() {
        return switch (rowNumbering.trim().toLowerCase(Locale.ROOT)) {
            case "continuous" -> RowNumbering.CONTINUOUS;
            case "restart" -> RowNumbering.RESTART_EACH_ROW;
            default -> throw usage("Unknown --row-numbering '" + rowNumbering + "'; use 'continuous' or 'restart'");
        };
    }

    private Set<SeatingVariant> parseVariants() {
        Set<SeatingVariant> parsed = EnumSet.noneOf(SeatingVariant.class);
        for (String code : variants) {
            String trimmed = code.trim();
            if ("V3".equalsIgnoreCase(trimmed)) {
                throw usage("V3 is a source printing the podium view unlabelled, not a rule; use --view podium");
            }
            if ("V5".equalsIgnoreCase(trimmed)) {
                throw usage("V5 is the foreign-affairs convention; use --convention foreign");
            }
            SeatingVariant variant;
            try {
                variant = SeatingVariant.fromCode(code);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            if (!variant.appliesToPodium()) {
                throw usage("Variant " + variant.code() + " does not apply to the podium layout");
            }
            parsed.add(variant);
        }
        return parsed;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
