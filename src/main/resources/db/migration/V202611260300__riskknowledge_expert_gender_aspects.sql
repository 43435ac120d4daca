-- The gender lens of the knowledge base: an expert entry, of whatever theme, can mark the gender-specific
-- aspects of its risk (GenderAspect codes). The codes are checked here too, so no writer can store one the
-- application does not know; a later version that adds an aspect replaces this constraint.
ALTER TABLE expert_assessment
    ADD COLUMN gender_aspects text[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT expert_assessment_gender_aspects_known CHECK (
        gender_aspects <@ ARRAY['sexual_harassment', 'unpaid_family_labour', 'pay_gap', 'land_and_credit',
                                'maternity_protection', 'discrimination_in_hiring']::text[]
        AND array_position(gender_aspects, NULL) IS NULL);

-- Every version keeps the aspects it had; the versions before this column marked none.
ALTER TABLE expert_assessment_history
    ADD COLUMN gender_aspects text[] NOT NULL DEFAULT '{}';
