CREATE TABLE enrolment_skill (
    enrolment_id BIGINT NOT NULL,
    tag_id       BIGINT NOT NULL,
    CONSTRAINT pk_enrolment_skill PRIMARY KEY (enrolment_id, tag_id),
    CONSTRAINT fk_enrolment_skill_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_skill_tag FOREIGN KEY (tag_id) REFERENCES program_tag (id)
);
CREATE INDEX ix_enrolment_skill_tag ON enrolment_skill (tag_id, enrolment_id);
