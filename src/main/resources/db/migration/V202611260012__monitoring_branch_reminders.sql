-- What a branch organisation sent to the members that lag on a step: a reminder or an invitation to a
-- workshop, with its own words, and to how many members it went (never to whom: the branch does not learn
-- which members lag). The branch's own rows.
CREATE TABLE branch_reminder (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    indicator       text        NOT NULL CHECK (indicator ~ '^[A-Z_]{1,50}$'),
    kind            text        NOT NULL CHECK (kind IN ('REMINDER', 'WORKSHOP')),
    message         text        NOT NULL CHECK (length(trim(message)) BETWEEN 1 AND 2000),
    workshop_on     date,
    workshop_place  text        CHECK (length(workshop_place) BETWEEN 1 AND 200),
    recipients      integer     NOT NULL CHECK (recipients >= 0),
    sent_by         text        NOT NULL,
    sent_at         timestamptz NOT NULL,
    CHECK (kind <> 'WORKSHOP' OR (workshop_on IS NOT NULL AND workshop_place IS NOT NULL))
);

CREATE INDEX branch_reminder_recent ON branch_reminder (organisation_id, sent_at DESC);

SELECT kw_isolate_company_rows('branch_reminder');
