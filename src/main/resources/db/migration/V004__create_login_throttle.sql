-- Failed sign-ins counted per email as typed (normalised), whether or not an account has it,
-- so a lockout says nothing about which addresses exist.
CREATE TABLE login_throttle (
    email             VARCHAR(254) NOT NULL,
    failure_count     SMALLINT     NOT NULL,
    window_started_at DATETIME(6)  NOT NULL,
    locked_until      DATETIME(6)  NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (email),
    CONSTRAINT ck_login_throttle_failures CHECK (failure_count >= 0)
);
