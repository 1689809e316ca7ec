package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.NameCard;
import org.huiwu.logic.seating.print.NameCardLayout;
import org.huiwu.logic.seating.print.NameCards;
import org.huiwu.logic.seating.print.NameCardsPdf;
import org.huiwu.logic.seating.print.PrintFailedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code name-cards}: writes the tent name cards of a meeting's seated attendees as a PDF, all of
 * them or only those of seats changed since the last print, and remembers them as printed once the
 * file is complete. Holds the parsed options of one invocation; confined to the calling thread.
 */
@Command(name = "name-cards", mixinStandardHelpOptions = true)
final class NameCardsCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Option(names = "--meeting", required = true, paramLabel = "ID", descriptionKey = "cli.meeting")
    private UUID meetingId;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "cli.nameCards.out")
    private Path out;

    @Option(names = "--changed-only", descriptionKey = "cli.nameCards.changedOnly")
    private boolean changedOnly;

    @Option(names = "--per-sheet", defaultValue = "1", paramLabel = "N",
            descriptionKey = "cli.nameCards.perSheet")
    private int perSheet;

    @Option(names = "--card-width", paramLabel = "MM",
            descriptionKey = "cli.nameCards.cardWidth")
    private Double cardWidth;

    @Option(names = "--card-height", paramLabel = "MM",
            descriptionKey = "cli.nameCards.cardHeight")
    private Double cardHeight;

    @Option(names = "--no-detail", descriptionKey = "cli.nameCards.noDetail")
    private boolean noDetail;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf")) {
            throw UsageErrors.of(spec, "cli.usage.nameCardsPdf", out);
        }
        if (perSheet != 1 && perSheet != 2) {
            throw UsageErrors.of(spec, "cli.usage.perSheet");
        }
        I18n i18n = CliText.forSystemLocale();
        NameCardLayout layout = layout(i18n);
        try {
            return data.use(context -> {
                MeetingSeating s = MeetingSeating.load(context, meetingId, i18n);
                List<NameCard> cards = changedOnly
                        ? NameCards.changedSincePrint(s.seats(), s.assignments(), s.attendees(),
                                context.seatPlans().printed(s.plan().id()))
                        : NameCards.all(s.seats(), s.assignments(), s.attendees());
                if (cards.isEmpty() && !changedOnly) {
                    throw new CommandFailure(i18n.get("seating.cards.noneSeated"));
                }
                if (cards.isEmpty()) {
                    context.seatPlans().markPrinted(s.plan().id(), s.assignments());
                    spec.commandLine().getOut().println(i18n.get("seating.cards.noneChanged"));
                    return 0;
                }
                new NameCardsPdf(i18n, new CjkFontLocator(), context.clock())
                        .write(cards, layout, out);
                context.seatPlans().markPrinted(s.plan().id(), s.assignments());
                spec.commandLine().getOut().println(i18n.format("seating.cards.written", cards.size(), out.toString()));
                return 0;
            });
        } catch (PrintFailedException e) {
            throw MeetingSeating.failure(i18n, e);
        } catch (IOException e) {
            throw MeetingSeating.failure(i18n, out, e);
        }
    }

    /** The layout from the options; a size that does not fit the sheet is a usage error. */
    private NameCardLayout layout(I18n i18n) {
        NameCardLayout standard = NameCardLayout.standard(perSheet);
        double width = cardWidth == null ? standard.panelWidthMm() : cardWidth;
        double height = cardHeight == null ? standard.panelHeightMm() : cardHeight;
        try {
            return new NameCardLayout(perSheet, width, height, !noDetail);
        } catch (PrintFailedException tooLarge) {
            throw new ParameterException(spec.commandLine(), i18n.format("seating.cards.sizeRange", perSheet,
                    NameCardLayout.MIN_PANEL_WIDTH_MM, NameCardLayout.maxPanelWidthMm(perSheet),
                    NameCardLayout.MIN_PANEL_HEIGHT_MM, NameCardLayout.MAX_PANEL_HEIGHT_MM));
        }
    }
}
