-- Satisfaction surveys (满意度调查) and complaints (投诉).
-- The survey template is data a supervisor edits: items and the labels of the two rating scales.
-- The shipped defaults are the scale seen in practice (a meeting-centre form), not the Nantong annex U
-- scale, which is not known. A meeting keeps a copy of the items and labels its first form was answered
-- with, so later template edits never change a meeting's forms or its summary.

CREATE TABLE survey_template_item (
    id        UUID         PRIMARY KEY,
    position  INT          NOT NULL,
    label_zh  VARCHAR(200) NOT NULL,
    label_en  VARCHAR(200) NOT NULL,
    retired   BOOLEAN      NOT NULL DEFAULT FALSE
);

-- scale: ITEM (per-item rating) or OVERALL; level 1 is the best; satisfied marks the levels that count
-- towards the satisfaction rate (overall scale).
CREATE TABLE survey_template_level (
    scale      VARCHAR(20)  NOT NULL,
    level      INT          NOT NULL,
    label_zh   VARCHAR(200) NOT NULL,
    label_en   VARCHAR(200) NOT NULL,
    satisfied  BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (scale, level)
);

INSERT INTO survey_template_item (id, position, label_zh, label_en) VALUES
    ('5a3d1e00-0000-4000-8000-0000000f0001', 1, '会前沟通', 'Pre-meeting communication'),
    ('5a3d1e00-0000-4000-8000-0000000f0002', 2, '会场准备', 'Room preparation'),
    ('5a3d1e00-0000-4000-8000-0000000f0003', 3, '会场卫生', 'Room cleanliness'),
    ('5a3d1e00-0000-4000-8000-0000000f0004', 4, '服务态度', 'Service attitude'),
    ('5a3d1e00-0000-4000-8000-0000000f0005', 5, '音控保障', 'Sound-control support');

INSERT INTO survey_template_level (scale, level, label_zh, label_en, satisfied) VALUES
    ('ITEM', 1, '满意', 'Satisfied', TRUE),
    ('ITEM', 2, '一般', 'Average', FALSE),
    ('ITEM', 3, '不满意', 'Dissatisfied', FALSE),
    ('OVERALL', 1, '很满意', 'Very satisfied', TRUE),
    ('OVERALL', 2, '满意', 'Satisfied', TRUE),
    ('OVERALL', 3, '一般', 'Average', FALSE),
    ('OVERALL', 4, '不满意', 'Dissatisfied', FALSE);

-- The meeting's copy of the template, taken when its first form is entered.
CREATE TABLE survey_meeting_item (
    meeting_id  UUID         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    item_id     UUID         NOT NULL,
    position    INT          NOT NULL,
    label_zh    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    PRIMARY KEY (meeting_id, item_id)
);

CREATE TABLE survey_meeting_level (
    meeting_id  UUID         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    scale       VARCHAR(20)  NOT NULL,
    level       INT          NOT NULL,
    label_zh    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    satisfied   BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (meeting_id, scale, level)
);

-- One paper form typed in; overall_level NULL when the respondent left it blank.
CREATE TABLE survey_form (
    id               UUID          PRIMARY KEY,
    meeting_id       UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    respondent_unit  VARCHAR(200)  NOT NULL,
    respondent_name  VARCHAR(200)  NOT NULL DEFAULT '',
    overall_level    INT,
    comments         VARCHAR(4000) NOT NULL DEFAULT '',
    entered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    entered_by       VARCHAR(200)  NOT NULL DEFAULT ''
);
CREATE INDEX survey_form_meeting ON survey_form (meeting_id, entered_at);

CREATE TABLE survey_answer (
    form_id     UUID NOT NULL REFERENCES survey_form (id) ON DELETE CASCADE,
    item_id     UUID NOT NULL,
    meeting_id  UUID NOT NULL,
    level       INT  NOT NULL,
    PRIMARY KEY (form_id, item_id)
);

-- Complaints: the current row and every version of it (append-only), like incidents.
CREATE TABLE complaint (
    id                    UUID          PRIMARY KEY,
    meeting_id            UUID          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    channel               VARCHAR(20)   NOT NULL,
    complainant_unit      VARCHAR(200)  NOT NULL DEFAULT '',
    complainant_name      VARCHAR(200)  NOT NULL DEFAULT '',
    complainant_contact   VARCHAR(200)  NOT NULL DEFAULT '',
    category              VARCHAR(200)  NOT NULL DEFAULT '',
    content               VARCHAR(4000) NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    handled_by            VARCHAR(200)  NOT NULL DEFAULT '',
    actions_taken         VARCHAR(4000) NOT NULL DEFAULT '',
    result                VARCHAR(4000) NOT NULL DEFAULT '',
    complainant_response  VARCHAR(4000) NOT NULL DEFAULT '',
    closed_at             TIMESTAMP WITH TIME ZONE,
    recorded_by           VARCHAR(200)  NOT NULL DEFAULT '',
    version               INT           NOT NULL
);
CREATE INDEX complaint_meeting ON complaint (meeting_id, received_at);

CREATE TABLE complaint_version (
    complaint_id          UUID          NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    version               INT           NOT NULL,
    meeting_id            UUID          NOT NULL,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    channel               VARCHAR(20)   NOT NULL,
    complainant_unit      VARCHAR(200)  NOT NULL DEFAULT '',
    complainant_name      VARCHAR(200)  NOT NULL DEFAULT '',
    complainant_contact   VARCHAR(200)  NOT NULL DEFAULT '',
    category              VARCHAR(200)  NOT NULL DEFAULT '',
    content               VARCHAR(4000) NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    handled_by            VARCHAR(200)  NOT NULL DEFAULT '',
    actions_taken         VARCHAR(4000) NOT NULL DEFAULT '',
    result                VARCHAR(4000) NOT NULL DEFAULT '',
    complainant_response  VARCHAR(4000) NOT NULL DEFAULT '',
    closed_at             TIMESTAMP WITH TIME ZONE,
    recorded_by           VARCHAR(200)  NOT NULL DEFAULT '',
    changed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by            VARCHAR(200)  NOT NULL DEFAULT '',
    change_kind           VARCHAR(20)   NOT NULL,
    PRIMARY KEY (complaint_id, version)
);
