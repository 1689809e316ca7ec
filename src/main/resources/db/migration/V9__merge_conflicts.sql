-- Merge conflicts: a row from another laptop's bundle that clashed with a local row (same primary key with
-- other values, or the same value of a secondary unique key). The local row stays current; the incoming
-- version is kept here, once (the id is derived from the table, the row key and the incoming values).
-- local_key is the primary key of the local row it clashed with (null when it clashed through a parent row
-- that was itself held back).

CREATE TABLE merge_conflict (
    id                 UUID          PRIMARY KEY,
    meeting_id         UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    table_name         VARCHAR(100)  NOT NULL,
    row_key            VARCHAR(2000) NOT NULL,
    local_key          VARCHAR(2000),
    incoming_row       VARCHAR(1000000) NOT NULL,
    source_bundle      VARCHAR(500)  NOT NULL,
    bundle_created_at  VARCHAR(40)   NOT NULL DEFAULT '',
    merged_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX merge_conflict_meeting ON merge_conflict (meeting_id, merged_at);
