-- Venue mode (issue 15, decision 0039): a seat plan's layout (its blocks, rows, seats and rule choices) carries an
-- optimistic version, as the records of V20 do. A layout edit writes "UPDATE seat_plan SET version = version + 1
-- WHERE id = :id AND version = :expected" first; no row updated means another laptop changed the layout since it
-- was read, and the editor is shown the stored layout.
ALTER TABLE seat_plan ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
