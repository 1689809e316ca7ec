package org.huiwu.ui.rounds;

import java.util.function.Consumer;

import javafx.scene.Node;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.TaskRunner;

/**
 * The tea-service feature in the main window: the round board tab with its service summary, built when
 * first shown. Its view-models exist from the start so that the board follows the open meeting. FX
 * thread only.
 */
public final class RoundsScreen extends LazyScreen {

    /** The guide the board's refill button opens. */
    public static final String REFILL_GUIDE = "tea-refill-lidded-cup";

    private final RoundBoardViewModel board;
    private final RoundSummaryViewModel summary;
    private final AppState state;
    private final I18n i18n;
    private final Consumer<String> openGuide;
    private final String seatingScreen;
    private final RoundSummaryCharts charts;

    /**
     * @param seatingScreen the id of the screen the empty board's "arrange the seats" button brings forward
     * @param chartSource   where the summary's service charts read their figures
     */
    public RoundsScreen(RoundServices services, AppState state, TaskRunner runner, I18n i18n,
            Consumer<String> openGuide, String seatingScreen, RoundSummaryCharts.Source chartSource) {
        super("roundsTab", i18n.get("workspace.tab.rounds"), Place.MEETING_TAB);
        this.state = state;
        this.i18n = i18n;
        this.openGuide = openGuide;
        this.seatingScreen = seatingScreen;
        board = new RoundBoardViewModel(services, state, runner, i18n);
        summary = new RoundSummaryViewModel(services, state, runner, i18n);
        charts = new RoundSummaryCharts(new RoundSummaryChartModel(chartSource.figuresOf(), state, runner,
                services.failures(), i18n), i18n, chartSource.zone());
    }

    /** Opens the board on the zone the staffing gives the attendant named by {@code attendant} (issue #15). */
    public void openOnOwnZone(org.huiwu.logic.staff.BoardZone rule, java.util.function.Supplier<String> attendant) {
        board.openOnOwnZone(rule, attendant);
    }

    @Override
    protected Node build() {
        RoundBoardView view = new RoundBoardView(board, new RoundCommands(board),
                new RoundSummaryPanel(summary, i18n, charts::open), i18n, () -> openGuide.accept(REFILL_GUIDE));
        view.setOnGoToSeating(() -> state.show(seatingScreen));
        return view;
    }

    /** The service charts the summary opens. */
    public RoundSummaryCharts charts() {
        return charts;
    }
}
