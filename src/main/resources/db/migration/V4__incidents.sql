-- Incidents (突发事件): the current state of each incident and every version of it (append-only),
-- procedures as versioned data, checklist ticks, notifications, attachments, venue contacts,
-- the left-items register and the numbered copies of classified documents.

CREATE TABLE procedure_version (
    procedure_id   UUID         NOT NULL,
    version        INT          NOT NULL,
    incident_type  VARCHAR(40)  NOT NULL,
    related_guide  VARCHAR(100) NOT NULL DEFAULT '',
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by       VARCHAR(200) NOT NULL DEFAULT '',
    PRIMARY KEY (procedure_id, version)
);
CREATE INDEX procedure_version_type ON procedure_version (incident_type, version);

CREATE TABLE procedure_step (
    procedure_id   UUID          NOT NULL,
    version        INT           NOT NULL,
    number         INT           NOT NULL,
    text_zh        VARCHAR(1000) NOT NULL,
    text_en        VARCHAR(1000) NOT NULL,
    notify_role    VARCHAR(40),
    PRIMARY KEY (procedure_id, version, number),
    FOREIGN KEY (procedure_id, version) REFERENCES procedure_version (procedure_id, version)
);

CREATE TABLE incident (
    id                 UUID          PRIMARY KEY,
    meeting_id         UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    type               VARCHAR(40)   NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    location           VARCHAR(500)  NOT NULL DEFAULT '',
    seat_key           VARCHAR(120)  NOT NULL DEFAULT '',
    severity           VARCHAR(20)   NOT NULL,
    description        VARCHAR(4000) NOT NULL DEFAULT '',
    status             VARCHAR(20)   NOT NULL,
    procedure_id       UUID          NOT NULL,
    procedure_version  INT           NOT NULL,
    reported_by        VARCHAR(200)  NOT NULL DEFAULT '',
    handling_at        TIMESTAMP WITH TIME ZONE,
    resolved_at        TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    voided             BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason        VARCHAR(1000) NOT NULL DEFAULT '',
    version            INT           NOT NULL,
    FOREIGN KEY (procedure_id, procedure_version) REFERENCES procedure_version (procedure_id, version)
);
CREATE INDEX incident_meeting ON incident (meeting_id, occurred_at);

-- Every version of every incident, full values; rows are only ever inserted.
CREATE TABLE incident_version (
    incident_id        UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    version            INT           NOT NULL,
    meeting_id         UUID          NOT NULL,
    type               VARCHAR(40)   NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    location           VARCHAR(500)  NOT NULL DEFAULT '',
    seat_key           VARCHAR(120)  NOT NULL DEFAULT '',
    severity           VARCHAR(20)   NOT NULL,
    description        VARCHAR(4000) NOT NULL DEFAULT '',
    status             VARCHAR(20)   NOT NULL,
    procedure_id       UUID          NOT NULL,
    procedure_version  INT           NOT NULL,
    reported_by        VARCHAR(200)  NOT NULL DEFAULT '',
    handling_at        TIMESTAMP WITH TIME ZONE,
    resolved_at        TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    voided             BOOLEAN       NOT NULL DEFAULT FALSE,
    void_reason        VARCHAR(1000) NOT NULL DEFAULT '',
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by         VARCHAR(200)  NOT NULL DEFAULT '',
    change_kind        VARCHAR(20)   NOT NULL,
    PRIMARY KEY (incident_id, version)
);

CREATE TABLE step_tick (
    incident_id  UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    step_number  INT           NOT NULL,
    ticked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ticked_by    VARCHAR(200)  NOT NULL DEFAULT '',
    skipped      BOOLEAN       NOT NULL DEFAULT FALSE,
    skip_reason  VARCHAR(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, step_number)
);

CREATE TABLE incident_notification (
    id            UUID          PRIMARY KEY,
    incident_id   UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    role          VARCHAR(40)   NOT NULL,
    contact_name  VARCHAR(200)  NOT NULL DEFAULT '',
    phone         VARCHAR(100)  NOT NULL DEFAULT '',
    notified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    notified_by   VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX incident_notification_incident ON incident_notification (incident_id, notified_at);

CREATE TABLE incident_attachment (
    id             UUID          PRIMARY KEY,
    incident_id    UUID          NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    original_name  VARCHAR(500)  NOT NULL,
    stored_path    VARCHAR(1000) NOT NULL,
    size           BIGINT        NOT NULL,
    media_type     VARCHAR(100)  NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by       VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX incident_attachment_incident ON incident_attachment (incident_id, added_at);

CREATE TABLE venue_contact (
    id        UUID         PRIMARY KEY,
    position  INT          NOT NULL,
    role      VARCHAR(40)  NOT NULL,
    name      VARCHAR(200) NOT NULL DEFAULT '',
    phone     VARCHAR(100) NOT NULL DEFAULT ''
);

CREATE TABLE left_item (
    id           UUID          PRIMARY KEY,
    meeting_id   UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    what         VARCHAR(500)  NOT NULL,
    found_where  VARCHAR(500)  NOT NULL DEFAULT '',
    seat_key     VARCHAR(120)  NOT NULL DEFAULT '',
    found_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    found_by     VARCHAR(200)  NOT NULL DEFAULT '',
    handed_to    VARCHAR(200)  NOT NULL DEFAULT '',
    handed_at    TIMESTAMP WITH TIME ZONE,
    returned_to  VARCHAR(200)  NOT NULL DEFAULT '',
    returned_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX left_item_meeting ON left_item (meeting_id, found_at);

CREATE TABLE document_copy (
    id            UUID          PRIMARY KEY,
    meeting_id    UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    title         VARCHAR(500)  NOT NULL,
    copy_number   INT           NOT NULL,
    issued_to     UUID          NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_at     TIMESTAMP WITH TIME ZONE,
    recovered_at  TIMESTAMP WITH TIME ZONE,
    recovered_by  VARCHAR(200)  NOT NULL DEFAULT '',
    UNIQUE (meeting_id, title, copy_number)
);

-- The close of a meeting's document recovery, with the lost-document incident it raised (if any).
CREATE TABLE document_recovery_close (
    meeting_id   UUID          PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    closed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by    VARCHAR(200)  NOT NULL DEFAULT '',
    incident_id  UUID
);
