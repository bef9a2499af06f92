-- Lets a relationship's foreign keys prove that mentor and mentee are enrolled in its program.
ALTER TABLE enrolment ADD CONSTRAINT uk_enrolment_id_program UNIQUE (id, program_id);
