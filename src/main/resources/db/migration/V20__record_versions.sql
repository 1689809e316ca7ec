-- Venue mode (issue 15, decision 0031): optimistic versions of the records people edit from two laptops. An edit
-- writes "UPDATE ... SET version = version + 1 WHERE id = :id AND version = :expected"; no row updated means
-- another laptop changed the record since it was read, and the editor is shown both and chooses.
ALTER TABLE meeting ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE attendee ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE seat_assignment ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE meeting_checklist_item ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
