-- Provenance of the shipped texts (issue 11, decision 0019).
--
-- text_check: a supervisor who holds the printed standard states that an item's texts were checked against
-- one of its clauses. One table for the four kinds of item (GUIDE: a guide folder id; CHECKLIST_TEMPLATE and
-- SURVEY_TEMPLATE: the venue's one template, id 'template'; PROCEDURE: the procedure's stable UUID). Rows
-- are only ever inserted; the latest check of an item (by time, then id) is the one shown.
CREATE TABLE text_check (
    id          UUID          PRIMARY KEY,
    item_kind   VARCHAR(30)   NOT NULL,
    item_id     VARCHAR(100)  NOT NULL,
    clause      VARCHAR(200)  NOT NULL,
    checked_by  VARCHAR(200)  NOT NULL,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX text_check_item ON text_check (item_kind, item_id, checked_at);

-- guide_text_version: a guide's texts as versioned data, like procedure_version. Version 1 is the text
-- shipped in assets/guides/<id>/guide.json, stored when the first correction is saved; a correction adds
-- the next version with every step. Pictures are never stored: they stay as shipped. A list (key points,
-- mistakes) is kept as its lines joined by a line feed.
CREATE TABLE guide_text_version (
    guide_id    VARCHAR(100)  NOT NULL,
    version     INT           NOT NULL,
    title_zh    VARCHAR(500)  NOT NULL,
    title_en    VARCHAR(500)  NOT NULL,
    purpose_zh  VARCHAR(4000) NOT NULL,
    purpose_en  VARCHAR(4000) NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by    VARCHAR(200)  NOT NULL,
    PRIMARY KEY (guide_id, version)
);

CREATE TABLE guide_step_text (
    guide_id        VARCHAR(100)  NOT NULL,
    version         INT           NOT NULL,
    number          INT           NOT NULL,
    caption_zh      VARCHAR(1000) NOT NULL,
    caption_en      VARCHAR(1000) NOT NULL,
    key_points_zh   VARCHAR(8000) NOT NULL,
    key_points_en   VARCHAR(8000) NOT NULL,
    mistakes_zh     VARCHAR(8000) NOT NULL,
    mistakes_en     VARCHAR(8000) NOT NULL,
    PRIMARY KEY (guide_id, version, number),
    FOREIGN KEY (guide_id, version) REFERENCES guide_text_version (guide_id, version)
);
