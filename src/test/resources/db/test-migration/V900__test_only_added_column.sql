-- TEST-ONLY migration (never on the app's class path): the kind of schema change every later release
-- makes, used by SchemaChangeDurabilityTest to prove committed rows survive it (H2 issue 4247).
ALTER TABLE attendee ADD COLUMN test_only_badge VARCHAR(40) NOT NULL DEFAULT '';
