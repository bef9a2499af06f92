-- What the pair and the coordinators see of an answer is its published copy. Answers and edits
-- are published only in batches of at least the round's threshold (the first batch is the
-- reveal), so comparing two views of a round never isolates one peer's answer. pending marks an
-- answer whose current text differs from its published copy (or that was never published).
ALTER TABLE feedback_response ADD COLUMN pending BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE feedback_response ADD COLUMN published_rapport SMALLINT NULL;
ALTER TABLE feedback_response ADD COLUMN published_give_and_take SMALLINT NULL;
ALTER TABLE feedback_response ADD COLUMN published_communication SMALLINT NULL;
ALTER TABLE feedback_response ADD COLUMN published_advice VARCHAR(2000) NULL;
ALTER TABLE feedback_response ADD COLUMN published_signed BOOLEAN NULL;
-- Rounds revealed before this change showed every answer as it was: that is what was published.
UPDATE feedback_response SET pending = FALSE, published_rapport = rapport_rating,
    published_give_and_take = give_and_take_rating, published_communication = communication_rating,
    published_advice = advice, published_signed = signed_with_name
    WHERE round_id IN (SELECT r.id FROM feedback_round r WHERE r.revealed_at IS NOT NULL);
ALTER TABLE feedback_response ADD CONSTRAINT ck_feedback_response_published CHECK (pending
    OR published_advice IS NOT NULL);
