-- The progress read model projects every relationship, so it takes a withdrawn proposal's status too.
ALTER TABLE progress_summary DROP CONSTRAINT ck_progress_summary_status;
ALTER TABLE progress_summary ADD CONSTRAINT ck_progress_summary_status CHECK (status IN ('PROPOSED', 'ACTIVE',
    'COMPLETED', 'DECLINED', 'ENDED', 'WITHDRAWN'));
