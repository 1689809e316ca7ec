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
import org.huiwu.logic.seating.SeatLimitException;
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
            throw UsageErrors.of(spec, "cli.usage.layout", layout);
        }
        List<Integer> rowSizes = size.seats != null ? List.of(size.seats) : size.rows;
        PodiumRules rules = new PodiumRules(parseConvention(), parseVariants(), parseRowNumbering());
        RankedRows ranked;
        try {
            ranked = new PodiumSeating().rows(rowSizes, rules, parseViewpoint());
        } catch (SeatLimitException refused) {
            throw refusal(refused);
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
            default -> throw UsageErrors.of(spec, "cli.usage.convention", convention);
        };
    }

    private Viewpoint parseViewpoint() {
        return switch (view.trim().toLowerCase(Locale.ROOT)) {
            case "audience" -> Viewpoint.AUDIENCE;
            case "podium" -> Viewpoint.PODIUM;
            default -> throw UsageErrors.of(spec, "cli.usage.view", view);
        };
    }

    private RowNumbering parseRowNumbering() {
        return switch (rowNumbering.trim().toLowerCase(Locale.ROOT)) {
            case "continuous" -> RowNumbering.CONTINUOUS;
            case "restart" -> RowNumbering.RESTART_EACH_ROW;
            default -> throw UsageErrors.of(spec, "cli.usage.rowNumbering", rowNumbering);
        };
    }

    private Set<SeatingVariant> parseVariants() {
        Set<SeatingVariant> parsed = EnumSet.noneOf(SeatingVariant.class);
        for (String code : variants) {
            String trimmed = code.trim();
            if ("V3".equalsIgnoreCase(trimmed)) {
                throw UsageErrors.of(spec, "cli.usage.variantV3");
            }
            if ("V5".equalsIgnoreCase(trimmed)) {
                throw UsageErrors.of(spec, "cli.usage.variantV5");
            }
            SeatingVariant variant;
            try {
                variant = SeatingVariant.fromCode(code);
            } catch (IllegalArgumentException unknown) {
                throw UsageErrors.of(spec, "cli.usage.variantUnknown", code, java.util.Arrays
                        .stream(SeatingVariant.values()).map(SeatingVariant::code).collect(Collectors.joining(", ")));
            }
            if (!variant.appliesToPodium()) {
                throw UsageErrors.of(spec, "cli.usage.variantLayout", variant.code());
            }
            parsed.add(variant);
        }
        return parsed;
    }

    /** The podium's refusal of a row size, in the user's language. */
    private ParameterException refusal(SeatLimitException refused) {
        return switch (refused.limit()) {
            case ROWS -> UsageErrors.of(spec, "cli.usage.rowCount", refused.highest(), refused.value());
            case SEATS_IN_ROW -> UsageErrors.of(spec, "cli.usage.rowSeats", refused.row(), refused.highest(),
                    refused.value());
        };
    }
}
