package org.huiwu.logic.seating.print;

import java.util.List;
import java.util.Objects;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.Viewpoint;

/**
 * What a seat chart shows, worked out once so that the PDF and the PNG draw the same thing: the
 * texts of the heading, and the seats (the presider's marked 主持), block outlines, tables, speaker's
 * stands (发言席), unit labels of audience blocks seated by unit, front marker and door in chart units
 * (one unit = one seat's width; origin top left, y downwards), already turned for the viewpoint.
 * From the audience the front is at the top; from the podium the plan is turned half a circle, so
 * the front is at the bottom and left and right swap, while texts stay upright. Immutable.
 *
 * @param title the meeting's title
 * @param subtitle date and venue
 * @param viewpointText the statement of the viewpoint every printed plan carries
 * @param conventionText which hand is honoured, and where the interpreters sit
 * @param summary seat and occupant counts
 * @param width width of the drawing in units
 * @param height height of the drawing in units
 */
public record SeatChart(
        String title,
        String subtitle,
        String viewpointText,
        String conventionText,
        String summary,
        Viewpoint viewpoint,
        double width,
        double height,
        List<Seat> seats,
        List<Area> blocks,
        List<Area> tables,
        List<Area> stands,
        List<Area> labels,
        Area front,
        Area door) {

    /** Width of a seat box, in units. */
    public static final double SEAT_WIDTH = 0.88;
    /** Height of a seat box, in units. */
    public static final double SEAT_HEIGHT = 1.0;

    public SeatChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(viewpoint, "viewpoint");
        seats = List.copyOf(seats);
        blocks = List.copyOf(blocks);
        tables = List.copyOf(tables);
        stands = List.copyOf(stands);
        labels = List.copyOf(labels);
    }

    /**
     * One seat box.
     *
     * @param x centre, in units
     * @param y centre, in units
     * @param width width of the box, in units
     * @param height height of the box, in units
     * @param name the occupant's name, empty for a free seat
     * @param detail the occupant's precedence, empty for a free seat
     */
    public record Seat(String key, double x, double y, double width, double height, String label, String shortLabel, String name, String detail,
            int honour) {

        public boolean occupied() {
            return !name.isEmpty();
        }
    }

    /** A rectangle (or, when {@code round}, the circle inscribed in it) with an optional caption. */
    public record Area(double x, double y, double width, double height, String caption, boolean round) {

        Area turned(double chartWidth, double chartHeight) {
            return new Area(chartWidth - x - width, chartHeight - y - height, width, height, caption, round);
        }

        Area moved(double dx, double dy) {
            return new Area(x + dx, y + dy, width, height, caption, round);
        }
    }

    /**
     * Describes the chart of a meeting's plan. {@code seats} are the plan's seats as
     * {@link org.huiwu.logic.seating.SeatLayout} lays them out; {@code attendees} may be in any order.
     */
    public static SeatChart describe(I18n i18n, Meeting meeting, SeatPlan plan, List<PlannedSeat> seats,
            SeatAssignments assignments, List<Attendee> attendees, Viewpoint viewpoint) {
        return new SeatChartBuilder(i18n).build(meeting, plan, seats, assignments, attendees, viewpoint);
    }
}
