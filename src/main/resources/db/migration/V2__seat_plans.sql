-- Seat plans (座次): blocks built from templates, who sits where, and what was last printed.
CREATE TABLE seat_plan (
    id             UUID         PRIMARY KEY,
    meeting_id     UUID         NOT NULL UNIQUE REFERENCES meeting (id) ON DELETE CASCADE,
    convention     VARCHAR(20)  NOT NULL,
    variants       VARCHAR(200) NOT NULL DEFAULT '',
    row_numbering  VARCHAR(20)  NOT NULL,
    audience_fill  VARCHAR(30)  NOT NULL,
    door           VARCHAR(20)  NOT NULL,
    viewpoint      VARCHAR(20)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE seat_block (
    id               UUID         PRIMARY KEY,
    plan_id          UUID         NOT NULL REFERENCES seat_plan (id) ON DELETE CASCADE,
    position         INT          NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    name             VARCHAR(200) NOT NULL DEFAULT '',
    row_sizes        VARCHAR(1000) NOT NULL DEFAULT '',
    aisle_every      INT          NOT NULL DEFAULT 0,
    tables           INT          NOT NULL DEFAULT 0,
    seats_per_table  INT          NOT NULL DEFAULT 0,
    host_seats       INT          NOT NULL DEFAULT 0,
    guest_seats      INT          NOT NULL DEFAULT 0,
    orientation      VARCHAR(20)  NOT NULL DEFAULT 'ACROSS_DOOR'
);
CREATE INDEX seat_block_plan ON seat_block (plan_id, position);

CREATE TABLE seat_assignment (
    plan_id     UUID         NOT NULL REFERENCES seat_plan (id) ON DELETE CASCADE,
    seat_key    VARCHAR(120) NOT NULL,
    attendee_id UUID         REFERENCES attendee (id) ON DELETE CASCADE,
    locked      BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (plan_id, seat_key)
);
CREATE UNIQUE INDEX seat_assignment_attendee ON seat_assignment (plan_id, attendee_id);

-- The assignments as they were when name cards were last printed, to reprint only what changed.
CREATE TABLE seat_print_snapshot (
    plan_id     UUID         NOT NULL REFERENCES seat_plan (id) ON DELETE CASCADE,
    seat_key    VARCHAR(120) NOT NULL,
    attendee_id UUID         NOT NULL,
    PRIMARY KEY (plan_id, seat_key)
);
