-- Meetings, their agenda and attendees; application settings.
CREATE TABLE meeting (
    id                      UUID          PRIMARY KEY,
    title                   VARCHAR(500)  NOT NULL,
    category                VARCHAR(40)   NOT NULL,
    meeting_date            DATE          NOT NULL,
    start_time              TIME,
    planned_end_time        TIME,
    venue                   VARCHAR(500)  NOT NULL DEFAULT '',
    host_organisation       VARCHAR(500)  NOT NULL DEFAULT '',
    organising_organisation VARCHAR(500)  NOT NULL DEFAULT '',
    confidentiality         VARCHAR(20)   NOT NULL,
    foreign_affairs         BOOLEAN       NOT NULL DEFAULT FALSE,
    expected_attendees      INT           NOT NULL DEFAULT 0,
    contact_person          VARCHAR(200)  NOT NULL DEFAULT '',
    contact_phone           VARCHAR(100)  NOT NULL DEFAULT '',
    notes                   VARCHAR(4000) NOT NULL DEFAULT '',
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE agenda_item (
    meeting_id UUID         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    item_time  TIME,
    title      VARCHAR(500) NOT NULL,
    speaker    VARCHAR(200) NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE attendee (
    id            UUID          PRIMARY KEY,
    meeting_id    UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    name          VARCHAR(100)  NOT NULL,
    organisation  VARCHAR(200)  NOT NULL DEFAULT '',
    position      VARCHAR(200)  NOT NULL DEFAULT '',
    precedence    INT           NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    side          VARCHAR(10)   NOT NULL,
    check_in      VARCHAR(20)   NOT NULL,
    checked_in_at TIMESTAMP WITH TIME ZONE,
    notes         VARCHAR(2000) NOT NULL DEFAULT ''
);
CREATE INDEX attendee_meeting ON attendee (meeting_id, precedence);

CREATE TABLE app_setting (
    setting_key   VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);
