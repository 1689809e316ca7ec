-- The service staff (annexes A, B, D, E, F and J of DB3206/T 1083—2024): the venue's posts and duties, its
-- staff records, their confidentiality pledges, the assessment form as versioned data, assessments, and
-- who is on which post and zone for a meeting. The venue-wide tables (posts, staff, pledges, the form)
-- stay on the laptop; staffing and assessments made at a meeting travel with it, carrying the names,
-- posts and form items as they were so that another laptop reads them without the venue's lists.

CREATE TABLE staff_post (
    id          UUID          PRIMARY KEY,
    position    INT           NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(100)  NOT NULL DEFAULT '',
    duties_zh   VARCHAR(1000) NOT NULL DEFAULT '',
    duties_en   VARCHAR(1000) NOT NULL DEFAULT '',
    retired     BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE TABLE staff_member (
    id          UUID          PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    post_id     UUID          REFERENCES staff_post (id),
    grade       VARCHAR(50)   NOT NULL DEFAULT '',
    phone       VARCHAR(50)   NOT NULL DEFAULT '',
    start_date  DATE,
    notes       VARCHAR(1000) NOT NULL DEFAULT '',
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX staff_member_name ON staff_member (name);

-- A signed confidentiality pledge (保密承诺书, annex F): valid from the day signed to valid_until inclusive.
CREATE TABLE staff_pledge (
    id           UUID          PRIMARY KEY,
    staff_id     UUID          NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
    signed_on    DATE          NOT NULL,
    valid_until  DATE          NOT NULL,
    notes        VARCHAR(500)  NOT NULL DEFAULT '',
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX staff_pledge_staff ON staff_pledge (staff_id, valid_until);

-- Who serves a meeting on which post and zone (人员配置表, annex J). No reference to staff_member: the row
-- carries the name and post as assigned, so a bundle merges on a laptop that lacks the person.
CREATE TABLE meeting_staffing (
    id           UUID          PRIMARY KEY,
    meeting_id   UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    staff_id     UUID          NOT NULL,
    staff_name   VARCHAR(100)  NOT NULL,
    post_zh      VARCHAR(100)  NOT NULL DEFAULT '',
    post_en      VARCHAR(100)  NOT NULL DEFAULT '',
    zone         VARCHAR(100)  NOT NULL DEFAULT '',
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_by  VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX meeting_staffing_person ON meeting_staffing (meeting_id, staff_id);

-- The assessment form (会议服务质量日常考核表, annex E; grading, annex D) as versions: a save of the form
-- adds a version; an assessment keeps the version and copies the items it was scored on.
CREATE TABLE assessment_template (
    version     INT           PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200)  NOT NULL DEFAULT ''
);

CREATE TABLE assessment_template_item (
    version     INT           NOT NULL REFERENCES assessment_template (version) ON DELETE CASCADE,
    position    INT           NOT NULL,
    label_zh    VARCHAR(200)  NOT NULL,
    label_en    VARCHAR(200)  NOT NULL DEFAULT '',
    max_score   INT           NOT NULL,
    PRIMARY KEY (version, position)
);

-- One assessment of one person on one day, at a meeting or for the day's work (meeting_id null).
CREATE TABLE staff_assessment (
    id                UUID          PRIMARY KEY,
    staff_id          UUID          NOT NULL,
    staff_name        VARCHAR(100)  NOT NULL,
    assessed_on       DATE          NOT NULL,
    meeting_id        UUID          REFERENCES meeting (id) ON DELETE CASCADE,
    template_version  INT           NOT NULL,
    assessor          VARCHAR(200)  NOT NULL DEFAULT '',
    notes             VARCHAR(1000) NOT NULL DEFAULT '',
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX staff_assessment_day ON staff_assessment (assessed_on, staff_id);
CREATE INDEX staff_assessment_meeting ON staff_assessment (meeting_id);

CREATE TABLE staff_assessment_score (
    assessment_id  UUID          NOT NULL REFERENCES staff_assessment (id) ON DELETE CASCADE,
    position       INT           NOT NULL,
    meeting_id     UUID          REFERENCES meeting (id) ON DELETE CASCADE,
    label_zh       VARCHAR(200)  NOT NULL,
    label_en       VARCHAR(200)  NOT NULL DEFAULT '',
    max_score      INT           NOT NULL,
    score          INT           NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

-- The shipped posts: the annex A text could not be read (domain digest §1.2), so these are the posts the
-- service stages of the digest §7.3–7.5 name, as editable data.
INSERT INTO staff_post (id, position, name_zh, name_en, duties_zh, duties_en) VALUES
('5fa00001-0000-4000-8000-000000000001', 1, '领班', 'Supervisor', '分配岗位；会前检查验收；会后检查；处理投诉', 'Assigns posts; final inspection before the meeting; post-meeting check; handles complaints'),
('5fa00001-0000-4000-8000-000000000002', 2, '迎宾引领', 'Greeting and guiding', '会前10分钟到门口迎宾（重要会议30分钟并在电梯口设岗）；确认会议和部门，引领入座，为领导拉椅', 'At the door 10 min before (30 min and at the lift for important meetings); confirms meeting and department, leads guests to their seats, pulls out chairs for leaders'),
('5fa00001-0000-4000-8000-000000000003', 3, '签到', 'Sign-in desk', '会前30–60分钟开放签到台；统计人数报主办单位；记录缺席及原因', 'Opens the sign-in desk 30–60 min before; counts arrivals for the organiser; records absences with reasons'),
('5fa00001-0000-4000-8000-000000000004', 4, '茶水服务', 'Tea service', '备齐消毒茶具、茶叶、开水、毛巾；按计划续水；会后撤收清洗消毒', 'Prepares disinfected cups, tea, hot water and towels; refills on schedule; clears, washes and disinfects afterwards'),
('5fa00001-0000-4000-8000-000000000005', 5, '设备保障', 'Equipment', '调试音视频设备，备用话筒就位；会中监听，提前检查下一位发言人话筒', 'Tests the audio-visual equipment with spare microphones ready; monitors the sound and checks the next speaker''s microphone'),
('5fa00001-0000-4000-8000-000000000006', 6, '会场巡查', 'Patrol', '巡视会场，留意主席台需要和室温；留意可疑人员，必要时通知安保', 'Patrols the room, watching the podium and the temperature; notes suspicious persons and calls security if needed');

-- The shipped form: the annex D and E items and scores could not be read (domain digest §11.1), so these
-- are the practice points of §11 grouped into five items of 20 points, as editable data.
INSERT INTO assessment_template (version, created_at, created_by) VALUES
(1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08', '');
INSERT INTO assessment_template_item (version, position, label_zh, label_en, max_score) VALUES
(1, 1, '仪容仪表', 'Grooming and uniform', 20),
(1, 2, '仪态与礼貌用语', 'Posture and courtesy', 20),
(1, 3, '会前准备', 'Preparation before the meeting', 20),
(1, 4, '茶水与会中服务', 'Tea and in-meeting service', 20),
(1, 5, '劳动纪律与保密', 'Discipline and confidentiality', 20);
