package org.huiwu.ui.attendees;

import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.util.StringConverter;

import org.huiwu.model.Attendee;
import org.huiwu.ui.control.CellDrafts;
import org.huiwu.ui.control.CommittingCell;

/**
 * A rank cell, edited as a number and kept when left (see {@link CommittingCell}); a text that is not a
 * positive whole number stays marked with the reason, and a rank shared with another attendee is marked
 * {@code :tied}. FX thread only.
 */
final class RankCell extends CommittingCell<Attendee, Integer> {

    private static final PseudoClass TIED = PseudoClass.getPseudoClass("tied");

    static final StringConverter<Integer> RANK_TEXT = new StringConverter<>() {
        @Override
        public String toString(Integer rank) {
            return rank == null ? "" : rank.toString();
        }

        @Override
        public Integer fromString(String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    };

    private final AttendeeTableViewModel viewModel;

    RankCell(AttendeeTableViewModel viewModel, Check check, CellDrafts<Attendee> drafts) {
        super(RANK_TEXT, check, (attendee, rank) -> viewModel.update(attendee.withRank(rank)), drafts);
        this.viewModel = viewModel;
        getStyleClass().add("rank-cell");
        viewModel.tiedRanks().addListener((SetChangeListener<Integer>) change -> markTie(getItem()));
    }

    @Override
    protected void updateItem(Integer rank, boolean empty) {
        super.updateItem(rank, empty);
        markTie(empty ? null : rank);
    }

    private void markTie(Integer rank) {
        pseudoClassStateChanged(TIED, rank != null && viewModel.tiedRanks().contains(rank));
    }
}
