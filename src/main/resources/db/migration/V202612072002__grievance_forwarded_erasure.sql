-- A case erased after its retention takes its forwarded copies' content with it: the copy's key, what the
-- person wrote, their identity, the photos and the company's answer go; the row stays with its dates, so
-- that the figures of the year (forwarded, answered) still count it.
ALTER TABLE forwarded_complaint
    ADD COLUMN erased_at timestamptz,
    ALTER COLUMN wrapped_key DROP NOT NULL,
    ALTER COLUMN content DROP NOT NULL;
ALTER TABLE forwarded_complaint DROP CONSTRAINT forwarded_complaint_check;
ALTER TABLE forwarded_complaint ADD CONSTRAINT forwarded_complaint_kept_or_erased CHECK (
    (erased_at IS NULL AND wrapped_key IS NOT NULL AND content IS NOT NULL AND (answered_at IS NULL) = (answer IS NULL))
    OR (erased_at IS NOT NULL AND wrapped_key IS NULL AND content IS NULL AND identity IS NULL AND answer IS NULL));
