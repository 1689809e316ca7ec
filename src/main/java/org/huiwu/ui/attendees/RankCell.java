package org.huiwu.ui.attendees;

import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;

import org.huiwu.model.Attendee;

/** A rank cell, edited as a number; a rank shared with another attendee is marked {@code :tied}. FX thread only. */
final class RankCell extends TextFieldTableCell<Attendee, Integer> {

    private static final PseudoClass TIED = PseudoClass.getPseudoClass("tied");

    private final AttendeeTableViewModel viewModel;

    RankCell(AttendeeTableViewModel viewModel) {
        super(new StringConverter<>() {
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
        });
        this.viewModel = viewModel;
        getStyleClass().add("rank-cell");
        viewModel.tiedRanks().addListener((SetChangeListener<Integer>) change -> markTie(getItem()));
    }

    @Override
    public void updateItem(Integer rank, boolean empty) {
        super.updateItem(rank, empty);
        markTie(empty ? null : rank);
    }

    private void markTie(Integer rank) {
        pseudoClassStateChanged(TIED, rank != null && viewModel.tiedRanks().contains(rank));
    }
}
