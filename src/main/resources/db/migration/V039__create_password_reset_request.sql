-- Every "forgot password" request, known email or not, so requests can be limited per email and
-- per network address across instances without saying which emails have an account.
CREATE TABLE password_reset_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    email        VARCHAR(254) NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_password_reset_request_email ON password_reset_request (email, requested_at);
CREATE INDEX ix_password_reset_request_address ON password_reset_request (address, requested_at);
