-- The flow of a meeting (annex G of DB3206/T 1083—2024): the venue's rooms and their bookings (annex I),
-- the organiser's work order (annex H), the stages booking → preparation → in progress → wrap-up → closed
-- with their checklists (cleaning K, layout and table setting L, equipment N, special meetings R), the
-- in-meeting patrol rounds (Q) and the stage changes, overrides included. Stage checklist templates are
-- versioned: a revision is a new version with all its items; a meeting's list keeps the version it was
-- copied from. Marks, stage changes and patrol rounds are only ever inserted.

-- Venue-wide: the rooms and their bookings.
CREATE TABLE venue_room (
    id          UUID          PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    capacity    INT           NOT NULL,
    layout      VARCHAR(20)   NOT NULL,
    equipment   VARCHAR(500)  NOT NULL DEFAULT '',
    retired     BOOLEAN       NOT NULL DEFAULT FALSE,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(200)  NOT NULL DEFAULT '',
    CONSTRAINT venue_room_name UNIQUE (name)
);

CREATE TABLE room_booking (
    id                  UUID          PRIMARY KEY,
    room_id             UUID          NOT NULL REFERENCES venue_room (id),
    booking_date        DATE          NOT NULL,
    start_time          TIME          NOT NULL,
    end_time            TIME          NOT NULL,
    title               VARCHAR(500)  NOT NULL,
    organiser           VARCHAR(500)  NOT NULL DEFAULT '',
    booker              VARCHAR(200)  NOT NULL DEFAULT '',
    booker_phone        VARCHAR(100)  NOT NULL DEFAULT '',
    expected_attendees  INT           NOT NULL DEFAULT 0,
    meeting_id          UUID          REFERENCES meeting (id) ON DELETE SET NULL,
    cancelled           BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX room_booking_day ON room_booking (booking_date, room_id, start_time);
CREATE INDEX room_booking_meeting ON room_booking (meeting_id);

-- Venue-wide: the stage checklist templates, one full set of items per version.
CREATE TABLE stage_template_version (
    version     INT           PRIMARY KEY,
    note        VARCHAR(500)  NOT NULL DEFAULT '',
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200)  NOT NULL DEFAULT ''
);

CREATE TABLE stage_template_item (
    version     INT           NOT NULL REFERENCES stage_template_version (version),
    id          UUID          NOT NULL,
    stage       VARCHAR(20)   NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    position    INT           NOT NULL,
    text_zh     VARCHAR(500)  NOT NULL,
    text_en     VARCHAR(500)  NOT NULL DEFAULT '',
    mandatory   BOOLEAN       NOT NULL DEFAULT TRUE,
    applies_to  VARCHAR(20)   NOT NULL DEFAULT 'ALL',
    guide_id    VARCHAR(100)  NOT NULL DEFAULT '',
    PRIMARY KEY (version, id)
);

-- Per meeting: the work order (服务通知单), confirmed with the organiser by whom and when.
CREATE TABLE work_order (
    meeting_id            UUID          PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    room_name             VARCHAR(100)  NOT NULL DEFAULT '',
    start_time            TIME,
    end_time              TIME,
    expected_attendees    INT           NOT NULL DEFAULT 0,
    layout                VARCHAR(20)   NOT NULL,
    name_cards            BOOLEAN       NOT NULL DEFAULT FALSE,
    tea                   BOOLEAN       NOT NULL DEFAULT FALSE,
    towels                BOOLEAN       NOT NULL DEFAULT FALSE,
    flowers               BOOLEAN       NOT NULL DEFAULT FALSE,
    fruit                 BOOLEAN       NOT NULL DEFAULT FALSE,
    microphones           INT           NOT NULL DEFAULT 0,
    wireless_microphones  INT           NOT NULL DEFAULT 0,
    projectors            INT           NOT NULL DEFAULT 0,
    video_links           INT           NOT NULL DEFAULT 0,
    special_needs         VARCHAR(1000) NOT NULL DEFAULT '',
    confirmed_with        VARCHAR(200)  NOT NULL DEFAULT '',
    confirmed_at          TIMESTAMP WITH TIME ZONE,
    confirmed_by          VARCHAR(200)  NOT NULL DEFAULT '',
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by            VARCHAR(200)  NOT NULL DEFAULT ''
);

-- Per meeting: the special-meeting settings the flow keeps (video link, patrol interval, phones stored at a
-- classified meeting, the approval of its attendee list).
CREATE TABLE meeting_flow (
    meeting_id          UUID          PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    video_link          BOOLEAN       NOT NULL DEFAULT FALSE,
    patrol_minutes      INT           NOT NULL,
    phones_in           INT,
    phones_out          INT,
    list_approved_by    VARCHAR(200)  NOT NULL DEFAULT '',
    list_approved_at    TIMESTAMP WITH TIME ZONE,
    changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by          VARCHAR(200)  NOT NULL DEFAULT ''
);

-- Per meeting: each stage closed (the meeting moved on), with the open mandatory items left and the
-- supervisor's reason when it was overridden. The latest change gives the meeting's stage.
CREATE TABLE stage_change (
    id               UUID          PRIMARY KEY,
    meeting_id       UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    from_stage       VARCHAR(20)   NOT NULL,
    to_stage         VARCHAR(20)   NOT NULL,
    open_items       INT           NOT NULL DEFAULT 0,
    override_reason  VARCHAR(500)  NOT NULL DEFAULT '',
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX stage_change_meeting ON stage_change (meeting_id, changed_at);

-- Per meeting: the stage checklist copied from one template version, its items and their marks.
CREATE TABLE stage_list (
    meeting_id        UUID          PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    template_version  INT           NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(200)  NOT NULL DEFAULT ''
);

CREATE TABLE stage_item (
    id                UUID          PRIMARY KEY,
    meeting_id        UUID          NOT NULL REFERENCES stage_list (meeting_id) ON DELETE CASCADE,
    stage             VARCHAR(20)   NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    position          INT           NOT NULL,
    text_zh           VARCHAR(500)  NOT NULL,
    text_en           VARCHAR(500)  NOT NULL DEFAULT '',
    mandatory         BOOLEAN       NOT NULL DEFAULT TRUE,
    guide_id          VARCHAR(100)  NOT NULL DEFAULT '',
    template_item_id  UUID,
    template_version  INT           NOT NULL
);
CREATE INDEX stage_item_meeting ON stage_item (meeting_id, stage, position);

CREATE TABLE stage_item_mark (
    id          UUID          PRIMARY KEY,
    meeting_id  UUID          NOT NULL REFERENCES stage_list (meeting_id) ON DELETE CASCADE,
    item_id     UUID          NOT NULL REFERENCES stage_item (id) ON DELETE CASCADE,
    mark_number INT           NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    note        VARCHAR(500)  NOT NULL DEFAULT '',
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_by   VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX stage_item_mark_item ON stage_item_mark (item_id, marked_at);

-- Per meeting: one entry per in-meeting patrol round (annex Q).
CREATE TABLE patrol_round (
    id            UUID          PRIMARY KEY,
    meeting_id    UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    round_number  INT           NOT NULL,
    patrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    patrolled_by  VARCHAR(200)  NOT NULL DEFAULT '',
    note          VARCHAR(500)  NOT NULL DEFAULT '',
    CONSTRAINT patrol_round_number UNIQUE (meeting_id, round_number)
);
