-- The program's vocabulary of skills and goals; it grows as people type. name_key is the
-- lower-case form that makes tags case-insensitive.
CREATE TABLE program_tag (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    program_id BIGINT      NOT NULL,
    name       VARCHAR(50) NOT NULL,
    name_key   VARCHAR(50) NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT pk_program_tag PRIMARY KEY (id),
    CONSTRAINT uk_program_tag_key UNIQUE (program_id, name_key),
    CONSTRAINT fk_program_tag_program FOREIGN KEY (program_id) REFERENCES program (id) ON DELETE CASCADE
);
