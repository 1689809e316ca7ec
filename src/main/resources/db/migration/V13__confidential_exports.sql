-- The log of exports of 涉密 (classified) meetings: who exported which meeting, when, in which format and to
-- which file (the export is always sealed with a passphrase). It belongs to the laptop that exported, so it
-- stays out of bundles (venue-wide); a row outlives its meeting, so there is no foreign key.

CREATE TABLE confidential_export (
    id           UUID           PRIMARY KEY,
    meeting_id   UUID           NOT NULL,
    meeting_title VARCHAR(500)  NOT NULL,
    exported_by  VARCHAR(200)   NOT NULL,
    exported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    format       VARCHAR(20)    NOT NULL,
    destination  VARCHAR(2000)  NOT NULL
);
CREATE INDEX confidential_export_meeting ON confidential_export (meeting_id, exported_at);
