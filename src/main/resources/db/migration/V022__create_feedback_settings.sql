-- Peer-feedback settings per program, owned by the feedback feature: one row per program, made
-- with the program (and here for the programs that exist). The row is also the lock under which
-- asks count a relationship's open requests.
CREATE TABLE feedback_settings (
    id                        BIGINT      NOT NULL AUTO_INCREMENT,
    program_id                BIGINT      NOT NULL,
    coordinators_see_identity BOOLEAN     NOT NULL,
    updated_at                DATETIME(6) NOT NULL,
    version                   BIGINT      NOT NULL,
    CONSTRAINT pk_feedback_settings PRIMARY KEY (id),
    CONSTRAINT uk_feedback_settings_program UNIQUE (program_id),
    CONSTRAINT fk_feedback_settings_program FOREIGN KEY (program_id) REFERENCES program (id)
);
INSERT INTO feedback_settings (program_id, coordinators_see_identity, updated_at, version)
    SELECT id, FALSE, updated_at, 0 FROM program;
