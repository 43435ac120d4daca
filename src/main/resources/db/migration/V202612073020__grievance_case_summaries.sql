-- The anonymised public summary of a closed case, written by a complaint handler in plain text, shown on
-- the public figures page only once the handler published it.
CREATE TABLE grievance_case_summary (
    case_id      uuid PRIMARY KEY REFERENCES grievance_case (id) ON DELETE CASCADE,
    summary      text NOT NULL CHECK (length(summary) BETWEEN 1 AND 1500),
    published    boolean NOT NULL DEFAULT false,
    written_by   uuid NOT NULL REFERENCES app_user (id),
    written_at   timestamptz NOT NULL,
    published_at timestamptz
);

SELECT kw_isolate_complaint_rows('grievance_case_summary');
