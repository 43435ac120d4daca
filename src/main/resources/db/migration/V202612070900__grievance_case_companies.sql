-- The member companies a case concerns, as a complaint handler linked them (routing). Handling reads it to
-- keep handlers with a conflict of interest off the case; routing forwards a redacted copy to each.
-- Inside the complaints wall like every other case table: a company never reads this table, it reads the
-- copy forwarded to it.
CREATE TABLE grievance_case_company (
    case_id         uuid NOT NULL REFERENCES grievance_case (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    linked_by       uuid NOT NULL REFERENCES app_user (id),
    linked_at       timestamptz NOT NULL,
    PRIMARY KEY (case_id, organisation_id)
);
CREATE INDEX grievance_case_company_organisation ON grievance_case_company (organisation_id);

SELECT kw_isolate_complaint_rows('grievance_case_company');
