-- A supervisor's decision that this data folder may hold 涉密 (classified) meetings without encryption at rest:
-- who decided, when, and why. Without encryption and without such a row the window does not open a folder that
-- holds a 涉密 meeting. It belongs to this laptop's folder, so it stays out of bundles (venue-wide); rows are
-- only ever added (the latest one counts), so the log keeps every override given.

CREATE TABLE classified_override (
    id          UUID           PRIMARY KEY,
    decided_by  VARCHAR(200)   NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(2000)  NOT NULL
);
CREATE INDEX classified_override_at ON classified_override (decided_at);
