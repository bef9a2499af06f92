-- A coordinator may withdraw a proposal nobody has answered yet. WITHDRAWN is a closed end like
-- DECLINED (it holds no slot, never started, needs a reason), but it does not bar the pair from a
-- later proposal. The relationship's status rules and its events' kinds gain it together.
ALTER TABLE relationship DROP CONSTRAINT ck_relationship_status;
ALTER TABLE relationship ADD CONSTRAINT ck_relationship_status CHECK (status IN ('PROPOSED', 'ACTIVE', 'COMPLETED',
    'DECLINED', 'ENDED', 'WITHDRAWN'));
ALTER TABLE relationship DROP CONSTRAINT ck_relationship_open;
ALTER TABLE relationship ADD CONSTRAINT ck_relationship_open CHECK ((status IN ('PROPOSED', 'ACTIVE')
    AND open_pair = TRUE) OR (status IN ('COMPLETED', 'DECLINED', 'ENDED', 'WITHDRAWN') AND open_pair IS NULL));
ALTER TABLE relationship DROP CONSTRAINT ck_relationship_started;
ALTER TABLE relationship ADD CONSTRAINT ck_relationship_started CHECK (status IN ('PROPOSED', 'DECLINED', 'WITHDRAWN')
    OR started_at IS NOT NULL);
ALTER TABLE relationship DROP CONSTRAINT ck_relationship_closed;
ALTER TABLE relationship ADD CONSTRAINT ck_relationship_closed CHECK ((status IN ('PROPOSED', 'ACTIVE')
    AND closed_at IS NULL) OR (status IN ('COMPLETED', 'DECLINED', 'ENDED', 'WITHDRAWN') AND closed_at IS NOT NULL));
ALTER TABLE relationship DROP CONSTRAINT ck_relationship_reason;
ALTER TABLE relationship ADD CONSTRAINT ck_relationship_reason CHECK (status NOT IN ('DECLINED', 'ENDED', 'WITHDRAWN')
    OR (close_reason IS NOT NULL AND CHAR_LENGTH(TRIM(close_reason)) > 0));
ALTER TABLE relationship_event DROP CONSTRAINT ck_relationship_event_kind;
ALTER TABLE relationship_event ADD CONSTRAINT ck_relationship_event_kind CHECK (kind IN ('PROPOSED', 'ACCEPTED',
    'ACTIVATED', 'DECLINED', 'ENDED', 'COMPLETED', 'WITHDRAWN'));
ALTER TABLE relationship_event DROP CONSTRAINT ck_relationship_event_reason;
ALTER TABLE relationship_event ADD CONSTRAINT ck_relationship_event_reason CHECK (kind NOT IN ('DECLINED', 'ENDED',
    'WITHDRAWN') OR (reason IS NOT NULL AND CHAR_LENGTH(TRIM(reason)) > 0));
