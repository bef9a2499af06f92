-- The audit log of who was shown a revealed round's results, and when.
CREATE TABLE feedback_view_log (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    round_id          BIGINT      NOT NULL,
    viewer_account_id BIGINT      NOT NULL,
    viewed_at         DATETIME(6) NOT NULL,
    version           BIGINT      NOT NULL,
    CONSTRAINT pk_feedback_view_log PRIMARY KEY (id),
    CONSTRAINT fk_feedback_view_log_round FOREIGN KEY (round_id) REFERENCES feedback_round (id),
    CONSTRAINT fk_feedback_view_log_viewer FOREIGN KEY (viewer_account_id) REFERENCES account (id)
);
CREATE INDEX ix_feedback_view_log_round ON feedback_view_log (round_id, viewed_at);
