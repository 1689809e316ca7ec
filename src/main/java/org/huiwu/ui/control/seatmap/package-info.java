/**
 * The seat map control: a zoomable, pannable plan of seats for the seating editor and the
 * tea-round board.
 *
 * <p>A screen maps its domain to plain display values and never hands the control a model object:
 * <pre>{@code
 * SeatMap map = new SeatMap();
 * map.viewpointCaptionProperty().set(i18n.get("seating.view.audience"));
 * map.getMarkers().setAll(new PlanMarker(PlanMarker.Kind.FRONT, 0, 2, 12, 0.5, i18n.get("plan.front")));
 * map.getTiles().setAll(seats.stream().map(this::tileFor).toList());
 * map.onSeatActivatedProperty().set(viewModel::seatChosen);
 * map.onSeatDraggedProperty().set(viewModel::moveOccupant);
 * map.fitToView();
 * // every second on the tea board: recompute and setAll; unchanged tiles cost nothing
 * map.getTiles().setAll(board.tiles(clock.instant()));
 * }</pre>
 *
 * <p>Look: {@code seat-map.css} (the control's user-agent stylesheet) declares colour tokens on
 * {@code .seat-map}; themes override them there. Seat states are pseudo-classes named after
 * {@link org.huiwu.ui.control.seatmap.SeatState}. Everything here runs on the FX thread, except
 * the immutable records and the pure geometry ({@code PlanViewport}, {@code PlanArea},
 * {@code SeatMapNavigation}), which are thread-safe.
 */
package org.huiwu.ui.control.seatmap;
