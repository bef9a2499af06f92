-- Practice 1, check your motivation: at kick-off each side of a relationship writes what they
-- want from it and says whether they see it as a relationship or a one-off transaction. One per
-- side; its author edits it.
CREATE TABLE kickoff (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    relationship_id   BIGINT        NOT NULL,
    side              VARCHAR(10)   NOT NULL,
    author_id         BIGINT        NOT NULL,
    wants             VARCHAR(2000) NOT NULL,
    sees_relationship BOOLEAN       NOT NULL,
    written_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_kickoff PRIMARY KEY (id),
    CONSTRAINT uk_kickoff_relationship_side UNIQUE (relationship_id, side),
    CONSTRAINT fk_kickoff_relationship FOREIGN KEY (relationship_id) REFERENCES relationship (id),
    CONSTRAINT fk_kickoff_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_kickoff_side CHECK (side IN ('MENTOR', 'MENTEE')),
    CONSTRAINT ck_kickoff_wants CHECK (CHAR_LENGTH(TRIM(wants)) > 0)
);
