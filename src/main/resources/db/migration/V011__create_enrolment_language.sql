CREATE TABLE enrolment_language (
    enrolment_id BIGINT      NOT NULL,
    language     VARCHAR(40) NOT NULL,
    CONSTRAINT pk_enrolment_language PRIMARY KEY (enrolment_id, language),
    CONSTRAINT fk_enrolment_language_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
);
