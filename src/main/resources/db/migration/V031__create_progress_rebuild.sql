-- Every full rebuild of the progress read model: what started it, when, how many relationships it
-- projected, and when it finished (NULL while running or if it failed).
CREATE TABLE progress_rebuild (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    trigger_kind  VARCHAR(10) NOT NULL,
    requested_by  BIGINT      NULL,
    as_of         DATE        NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    finished_at   DATETIME(6) NULL,
    relationships INT         NOT NULL,
    CONSTRAINT pk_progress_rebuild PRIMARY KEY (id),
    CONSTRAINT fk_progress_rebuild_requested_by FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT ck_progress_rebuild_trigger CHECK (trigger_kind IN ('STARTUP', 'SCHEDULE', 'ADMIN', 'DEMO')),
    CONSTRAINT ck_progress_rebuild_count CHECK (relationships >= 0)
);
CREATE INDEX ix_progress_rebuild_started ON progress_rebuild (started_at);
