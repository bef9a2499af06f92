-- The rules a round was asked under, fixed when it is asked: peers answer under them, so a later
-- change of the program's threshold or of "coordinators see who said what" never applies to
-- answers already given. Existing rounds keep their program's threshold of today and stay
-- anonymous to coordinators (their peers answered under that promise).
ALTER TABLE feedback_round ADD COLUMN anonymity_threshold SMALLINT NOT NULL DEFAULT 3;
ALTER TABLE feedback_round ADD COLUMN coordinators_see_identity BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE feedback_round SET anonymity_threshold =
    (SELECT p.anonymity_threshold FROM program p WHERE p.id = feedback_round.program_id);
ALTER TABLE feedback_round ADD CONSTRAINT ck_feedback_round_threshold CHECK (anonymity_threshold BETWEEN 2 AND 50);
