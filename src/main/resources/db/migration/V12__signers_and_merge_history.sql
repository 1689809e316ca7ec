-- Signed bundles (decision 0025): the signers whose bundles this laptop merges, one row per trusted
-- signing key, and the history of every bundle merged, signed or not. Laptop-wide; not in bundles.

CREATE TABLE trusted_signer (
    id           UUID          PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    public_key   VARCHAR(200)  NOT NULL UNIQUE,
    fingerprint  VARCHAR(40)   NOT NULL,
    trusted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE merge_history (
    id                  UUID          PRIMARY KEY,
    merged_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    bundle              VARCHAR(500)  NOT NULL,
    bundle_created_at   VARCHAR(40)   NOT NULL DEFAULT '',
    meeting_id          UUID          NOT NULL,
    signed              BOOLEAN       NOT NULL,
    signer_id           UUID,
    signer_name         VARCHAR(200)  NOT NULL DEFAULT '',
    signer_fingerprint  VARCHAR(40)   NOT NULL DEFAULT ''
);
CREATE INDEX merge_history_meeting ON merge_history (meeting_id, merged_at);
