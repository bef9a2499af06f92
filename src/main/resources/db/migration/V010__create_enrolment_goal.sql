CREATE TABLE enrolment_goal (
    enrolment_id BIGINT NOT NULL,
    tag_id       BIGINT NOT NULL,
    CONSTRAINT pk_enrolment_goal PRIMARY KEY (enrolment_id, tag_id),
    CONSTRAINT fk_enrolment_goal_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_goal_tag FOREIGN KEY (tag_id) REFERENCES program_tag (id)
);
CREATE INDEX ix_enrolment_goal_tag ON enrolment_goal (tag_id, enrolment_id);
