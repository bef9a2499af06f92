-- Progress read model: interactions and check-ins per relationship and day over the last six
-- weeks as of each relationship's last projection, for the dashboard's last-30-days figures.
-- active_since repeats the relationship's start while it is active (NULL otherwise; every status
-- change projects it again), so the figures need no join; the index covers them.
CREATE TABLE progress_day (
    relationship_id BIGINT   NOT NULL,
    on_day          DATE     NOT NULL,
    program_id      BIGINT   NOT NULL,
    active_since    DATE     NULL,
    interactions    SMALLINT NOT NULL,
    checkins        SMALLINT NOT NULL,
    CONSTRAINT pk_progress_day PRIMARY KEY (relationship_id, on_day),
    CONSTRAINT fk_progress_day_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT ck_progress_day_counts CHECK (interactions >= 0 AND checkins >= 0)
);
CREATE INDEX ix_progress_day_program ON progress_day (program_id, on_day, active_since, interactions, checkins);
