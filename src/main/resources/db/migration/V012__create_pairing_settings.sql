-- Matching weights and pairing rules per program, owned by the pairing feature. The row is
-- also the lock that serialises pairing changes within one program (capacity checks).
CREATE TABLE pairing_settings (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    program_id          BIGINT      NOT NULL,
    goals_weight        SMALLINT    NOT NULL,
    language_weight     SMALLINT    NOT NULL,
    language_required   BOOLEAN     NOT NULL,
    timezone_weight     SMALLINT    NOT NULL,
    department_weight   SMALLINT    NOT NULL,
    department_required BOOLEAN     NOT NULL,
    pairings_final      BOOLEAN     NOT NULL,
    mentee_active_max   SMALLINT    NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    version             BIGINT      NOT NULL,
    CONSTRAINT pk_pairing_settings PRIMARY KEY (id),
    CONSTRAINT uk_pairing_settings_program UNIQUE (program_id),
    CONSTRAINT fk_pairing_settings_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT ck_pairing_settings_weights CHECK (goals_weight BETWEEN 0 AND 100 AND language_weight BETWEEN 0 AND 100
        AND timezone_weight BETWEEN 0 AND 100 AND department_weight BETWEEN 0 AND 100),
    CONSTRAINT ck_pairing_settings_weight_sum CHECK (goals_weight + language_weight + timezone_weight
        + department_weight > 0),
    CONSTRAINT ck_pairing_settings_mentee_max CHECK (mentee_active_max BETWEEN 1 AND 5)
);
INSERT INTO pairing_settings (program_id, goals_weight, language_weight, language_required, timezone_weight,
        department_weight, department_required, pairings_final, mentee_active_max, updated_at, version)
    SELECT id, 50, 20, TRUE, 15, 15, FALSE, FALSE, 1, updated_at, 0 FROM program;
