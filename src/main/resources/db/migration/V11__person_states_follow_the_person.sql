-- Per-person states follow the person (issue 11, decisions 0018 and 0021).
--
-- A speaker change names the attendee who sat in the seat when it was marked, so that the mark (and the
-- pause of the tea timer that goes with it) moves with the person when an absence and reflow moves them,
-- and does not pass to whoever sits down in the old seat. Rows stored before this migration name no one;
-- they stay on their seat as before.
ALTER TABLE meeting_phase_event ADD COLUMN attendee_id UUID;
