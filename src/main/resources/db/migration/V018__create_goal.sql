-- A goal of a relationship, with its current progress (0-100 %). A completed goal is at 100 %
-- and has its completion time; every change of progress is kept in goal_progress.
CREATE TABLE goal (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    relationship_id BIGINT        NOT NULL,
    title           VARCHAR(120)  NOT NULL,
    description     VARCHAR(1000) NULL,
    progress        SMALLINT      NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    completed_at    DATETIME(6)   NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_goal PRIMARY KEY (id),
    CONSTRAINT fk_goal_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT fk_goal_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_goal_title CHECK (CHAR_LENGTH(TRIM(title)) > 0),
    CONSTRAINT ck_goal_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT ck_goal_status CHECK (status IN ('OPEN', 'COMPLETED')),
    CONSTRAINT ck_goal_completed CHECK ((status = 'OPEN' AND completed_at IS NULL)
        OR (status = 'COMPLETED' AND completed_at IS NOT NULL AND progress = 100))
);
CREATE INDEX ix_goal_relationship ON goal (relationship_id, status, created_at, id);
