-- ShedLock's lock rows: a scheduled job (the nightly progress rebuild) runs once across all app
-- instances sharing this database; lock_until bounds how long a crashed holder can block it.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(6)  NOT NULL,
    locked_at  DATETIME(6)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
