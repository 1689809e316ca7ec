-- Venue mode (issue 15, decision 0050): the checklist template's items, the left-items register and the staff roster
-- (people and posts) carry an optimistic version, as the records of V20 and V26 do. An edit reads the row with its
-- version, compares it with what the editor saw, and writes "UPDATE ... SET version = version + 1 WHERE id = :id AND
-- version = :expected"; no row updated means another laptop changed the row in between, and nothing is written.
ALTER TABLE checklist_template_item ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE left_item ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_member ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_post ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
