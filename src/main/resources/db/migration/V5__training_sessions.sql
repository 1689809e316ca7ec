-- Staff training sessions held with the procedure guides: the guides covered and the trainees.
CREATE TABLE training_session (
    id           UUID          PRIMARY KEY,
    trainer      VARCHAR(100)  NOT NULL,
    session_date DATE          NOT NULL,
    notes        VARCHAR(4000) NOT NULL DEFAULT '',
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_session_date ON training_session (session_date);

CREATE TABLE training_session_guide (
    session_id UUID         NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    guide_id   VARCHAR(100) NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE training_session_trainee (
    session_id UUID         NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    name       VARCHAR(100) NOT NULL,
    PRIMARY KEY (session_id, position)
);
CREATE INDEX training_trainee_name ON training_session_trainee (name);
