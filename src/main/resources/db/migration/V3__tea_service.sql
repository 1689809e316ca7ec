-- Tea service (奉茶/续水): the plan with its block intervals and zones, the seat event log, the meeting's
-- phase changes, the rounds and the consumables used.
CREATE TABLE service_plan (
    meeting_id        UUID         PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    first_pour        VARCHAR(20)  NOT NULL,
    interval_minutes  INT          NOT NULL,
    served_scope      VARCHAR(20)  NOT NULL,
    due_soon_minutes  INT          NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE service_block_interval (
    meeting_id        UUID         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    block_id          UUID         NOT NULL,
    interval_minutes  INT          NOT NULL,
    PRIMARY KEY (meeting_id, block_id)
);

CREATE TABLE service_zone (
    id          UUID         PRIMARY KEY,
    meeting_id  UUID         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    attendant   VARCHAR(100) NOT NULL
);
CREATE INDEX service_zone_meeting ON service_zone (meeting_id, position);

CREATE TABLE service_zone_seat (
    zone_id     UUID         NOT NULL REFERENCES service_zone (id) ON DELETE CASCADE,
    meeting_id  UUID         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    seat_key    VARCHAR(120) NOT NULL,
    PRIMARY KEY (zone_id, seat_key)
);
CREATE UNIQUE INDEX service_zone_seat_meeting ON service_zone_seat (meeting_id, seat_key);

-- One row per seat event; ids are UUIDs so that logs of several laptops can be merged.
CREATE TABLE service_event (
    id           UUID          PRIMARY KEY,
    meeting_id   UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    seat_key     VARCHAR(120)  NOT NULL,
    attendee_id  UUID,
    attendant    VARCHAR(100)  NOT NULL DEFAULT '',
    kind         VARCHAR(20)   NOT NULL,
    skip_reason  VARCHAR(20),
    note         VARCHAR(1000) NOT NULL DEFAULT '',
    round_number INT           NOT NULL DEFAULT 0,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX service_event_time ON service_event (meeting_id, occurred_at);
CREATE INDEX service_event_seat ON service_event (meeting_id, seat_key);

CREATE TABLE meeting_phase_event (
    id           UUID         PRIMARY KEY,
    meeting_id   UUID         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    phase        VARCHAR(20)  NOT NULL,
    seat_key     VARCHAR(120),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meeting_phase_event_time ON meeting_phase_event (meeting_id, occurred_at);

CREATE TABLE service_round (
    meeting_id    UUID         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    round_number  INT          NOT NULL,
    zone_id       UUID         NOT NULL,
    attendant     VARCHAR(100) NOT NULL DEFAULT '',
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (meeting_id, round_number)
);
CREATE INDEX service_round_time ON service_round (meeting_id, started_at);

CREATE TABLE consumables (
    meeting_id     UUID PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    cups           INT  NOT NULL DEFAULT 0,
    tea_bags       INT  NOT NULL DEFAULT 0,
    water_bottles  INT  NOT NULL DEFAULT 0,
    towels         INT  NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
