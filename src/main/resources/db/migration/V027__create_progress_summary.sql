-- Progress read model: one row per relationship with its totals, recent averages, health score and
-- the reasons behind it, as computed on computed_on. Derived from the workspace, feedback and
-- pairing tables and rebuilt from them at will: nothing here is typed in.
CREATE TABLE progress_summary (
    relationship_id     BIGINT        NOT NULL,
    program_id          BIGINT        NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    mentor_account_id   BIGINT        NOT NULL,
    mentee_account_id   BIGINT        NOT NULL,
    mentor_name         VARCHAR(100)  NOT NULL,
    mentee_name         VARCHAR(100)  NOT NULL,
    proposed_at         DATETIME(6)   NOT NULL,
    started_on          DATE          NULL,
    closed_on           DATE          NULL,
    last_interaction_on DATE          NULL,
    interactions        INT           NOT NULL,
    minutes             INT           NOT NULL,
    mentor_asks         INT           NOT NULL,
    mentee_asks         INT           NOT NULL,
    mentor_gives        INT           NOT NULL,
    mentee_gives        INT           NOT NULL,
    mentor_rating       DECIMAL(3, 2) NULL,
    mentee_rating       DECIMAL(3, 2) NULL,
    peer_rating         DECIMAL(3, 2) NULL,
    goal_progress       SMALLINT      NULL,
    health              SMALLINT      NULL,
    health_4w_ago       SMALLINT      NULL,
    one_sided           BOOLEAN       NOT NULL,
    reasons             VARCHAR(2000) NOT NULL,
    computed_on         DATE          NOT NULL,
    CONSTRAINT pk_progress_summary PRIMARY KEY (relationship_id),
    CONSTRAINT fk_progress_summary_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT fk_progress_summary_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT ck_progress_summary_status CHECK (status IN ('PROPOSED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'ENDED')),
    CONSTRAINT ck_progress_summary_health CHECK (health IS NULL OR health BETWEEN 0 AND 100),
    CONSTRAINT ck_progress_summary_health_before CHECK (health_4w_ago IS NULL OR health_4w_ago BETWEEN 0 AND 100),
    CONSTRAINT ck_progress_summary_goals CHECK (goal_progress IS NULL OR goal_progress BETWEEN 0 AND 100),
    CONSTRAINT ck_progress_summary_counts CHECK (interactions >= 0 AND minutes >= 0 AND mentor_asks >= 0
        AND mentee_asks >= 0 AND mentor_gives >= 0 AND mentee_gives >= 0)
);
CREATE INDEX ix_progress_summary_program ON progress_summary (program_id, status, health);
