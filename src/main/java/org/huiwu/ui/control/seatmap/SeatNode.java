package org.huiwu.ui.control.seatmap;

import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The node of one seat: an unstyled container ({@code .seat-node}) holding the seat's face, a
 * childless {@link Region} styled {@code .seat} whose pseudo-classes are the tile's
 * {@link SeatState}s, beside {@link Text}s for label and occupant and, created only when needed,
 * detail, badge, padlock and the overdue ring ({@link OverdueRing}). The texts are siblings of the face, not children,
 * so a state change restyles the face alone, plus the one text a state recolours (see
 * {@link SeatStateClasses}); restyling every text of every seat made round starts slow.
 * {@link #update} touches only what changed ({@link SeatTexts}).
 *
 * <p>FX thread only.
 */
final class SeatNode extends Region {

    static final String STYLE_CLASS = "seat-node";
    static final String FACE_STYLE_CLASS = "seat";
    private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");
    private static final double PAD = 5;

    private final Text label = SeatTexts.text("seat-label");
    private final Text occupant = SeatTexts.text("seat-occupant");
    private final Region face = new Region();
    private final SeatStateClasses stateClasses = new SeatStateClasses(face);
    private Text detail;
    private Text badge;
    private Region padlock;
    private final OverdueRing overdueRing = new OverdueRing();
    private SeatTile tile;
    private DetailLevel level;

    SeatNode(SeatTile tile, DetailLevel level, ObservableDoubleValue pulse) {
        getStyleClass().add(STYLE_CLASS);
        face.getStyleClass().add(FACE_STYLE_CLASS);
        face.setManaged(false);
        getChildren().addAll(face, label, occupant);
        stateClasses.follow(SeatState.EMPTY, label);
        stateClasses.follow(SeatState.DECLINED, occupant);
        stateClasses.follow(SeatState.ABSENT, occupant);
        this.level = level;
        update(tile, pulse);
    }

    SeatTile tile() {
        return tile;
    }

    /** The styled face carrying the state pseudo-classes. */
    Region face() {
        return face;
    }

    /**
     * Shows the tile; {@code pulse} drives the overdue ring's opacity while the seat is overdue.
     * Asks for a layout only when the texts' positions can change: not for a new badge or state,
     * which is all a tea-board tick usually changes.
     */
    void update(SeatTile newTile, ObservableDoubleValue pulse) {
        SeatTile old = tile;
        tile = newTile;
        boolean relayout = old == null || old.occupant().isEmpty() != newTile.occupant().isEmpty();
        if (old == null || old.x() != newTile.x() || old.y() != newTile.y()
                || old.width() != newTile.width() || old.height() != newTile.height()) {
            resizeRelocate(newTile.x() * PlanViewport.UNIT_PX, newTile.y() * PlanViewport.UNIT_PX,
                    newTile.width() * PlanViewport.UNIT_PX, newTile.height() * PlanViewport.UNIT_PX);
            relayout = true;
        }
        relayout |= SeatTexts.set(label, newTile.label()) | SeatTexts.set(occupant, newTile.occupant());
        if (!newTile.detail().isEmpty() && detail == null) {
            detail = SeatTexts.text("seat-detail");
            getChildren().add(detail);
        }
        if (detail != null) {
            relayout |= SeatTexts.set(detail, newTile.detail());
        }
        if (!newTile.badge().isEmpty() && badge == null) {
            badge = SeatTexts.text("seat-badge");
            badge.setTextAlignment(TextAlignment.RIGHT);
            getChildren().add(badge);
            stateClasses.follow(SeatState.OVERDUE, badge);
            relayout = true;
        }
        if (badge != null) {
            SeatTexts.set(badge, newTile.badge());
        }
        if (newTile.locked() && padlock == null) {
            padlock = new Region();
            padlock.getStyleClass().add("seat-padlock");
            padlock.setManaged(false);
            getChildren().add(padlock);
            relayout = true;
        }
        if (old == null || old.locked() != newTile.locked()) {
            face.pseudoClassStateChanged(LOCKED, newTile.locked());
        }
        if (relayout) {
            double inner = Math.max(1, newTile.width() * PlanViewport.UNIT_PX - 2 * PAD);
            SeatTexts.wrap(label, newTile.occupant().isEmpty() ? inner : 0);
            SeatTexts.wrap(occupant, inner);
            if (detail != null) {
                SeatTexts.wrap(detail, inner);
            }
            if (badge != null) {
                SeatTexts.wrap(badge, inner);
            }
        }
        if (overdueRing.show(getChildren(), newTile.states().contains(SeatState.OVERDUE) ? pulse : null)) {
            requestLayout();
        }
        relayout |= stateClasses.show(newTile.states());
        refreshVisibility(relayout);
    }

    void setLevel(DetailLevel newLevel) {
        if (newLevel != level) {
            level = newLevel;
            refreshVisibility(true);
        }
    }

    void setSelectedByControl(boolean value) {
        stateClasses.setSelected(value);
        stateClasses.show(tile.states());
    }

    void setDropHover(boolean value) {
        stateClasses.setDropHover(value);
        stateClasses.show(tile.states());
    }

    private void refreshVisibility(boolean relayout) {
        boolean occupied = !tile.occupant().isEmpty();
        boolean full = level.atLeast(DetailLevel.FULL);
        label.setVisible(occupied ? full : level.atLeast(DetailLevel.NAMES));
        occupant.setVisible(occupied && level.atLeast(DetailLevel.NAMES));
        if (badge != null) {
            badge.setVisible(level.atLeast(DetailLevel.NAMES) && !tile.badge().isEmpty());
        }
        if (padlock != null) {
            padlock.setVisible(full && tile.locked());
        }
        if (detail != null) {
            detail.setVisible(level == DetailLevel.DETAILED && !tile.detail().isEmpty());
        }
        if (relayout) {
            requestLayout();
        }
    }

    /** Places the texts; changes no text property, so it never asks for another layout. */
    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean occupied = !tile.occupant().isEmpty();
        face.resizeRelocate(0, 0, w, h);
        overdueRing.fit(w, h);
        if (padlock != null) {
            padlock.resizeRelocate(w - PAD - 8, h - PAD - 10, 8, 10);
        }
        double top = PAD;
        if (occupied) {
            label.relocate(PAD, PAD - 1);
            double labelH = label.isVisible() ? label.getLayoutBounds().getHeight() : 0;
            double badgeH = badge != null && badge.isVisible() ? badge.getLayoutBounds().getHeight() : 0;
            top = PAD + Math.max(labelH, badgeH);
        } else {
            label.relocate(PAD, (h - label.getLayoutBounds().getHeight()) / 2);
        }
        if (badge != null) {
            badge.relocate(PAD, PAD - 1);
        }
        double nameH = occupant.getLayoutBounds().getHeight();
        double block = nameH;
        boolean detailFits = false;
        if (detail != null && detail.isVisible()) {
            double detailH = detail.getLayoutBounds().getHeight();
            detailFits = nameH + detailH <= h - top - PAD;
            block += detailFits ? detailH : 0;
            detail.setOpacity(detailFits ? 1 : 0);
        }
        double y = top + Math.max(0, (h - top - PAD - block) / 2);
        occupant.relocate(PAD, y);
        if (detailFits) {
            detail.relocate(PAD, y + nameH);
        }
    }
}
