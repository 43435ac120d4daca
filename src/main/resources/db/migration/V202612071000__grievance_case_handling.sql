-- Case handling by the secretariat's complaint handlers: explicit transitions, assignment, the clocks met,
-- conflicts of interest, reminders sent once, and what is left of a case after its retention.

-- Every move of a case from one stage to the next, with who and when. The first row of a case is its arrival
-- (no from_status, no handler). Stage durations are computed from this table, so its names stay as they are.
-- The note is the handler's own words, AES-GCM under the case key like everything else about the case.
CREATE TABLE grievance_case_transition (
    id              uuid PRIMARY KEY,
    case_id         uuid NOT NULL REFERENCES grievance_case (id) ON DELETE CASCADE,
    from_status     text CHECK (from_status IN ('RECEIVED', 'ACKNOWLEDGED', 'ADMISSIBILITY', 'DIALOGUE',
                                                'MEDIATION', 'REMEDY_AGREED', 'CLOSED', 'APPEALED')),
    to_status       text NOT NULL CHECK (to_status IN ('RECEIVED', 'ACKNOWLEDGED', 'ADMISSIBILITY', 'DIALOGUE',
                                                       'MEDIATION', 'REMEDY_AGREED', 'CLOSED', 'APPEALED')),
    transitioned_at timestamptz NOT NULL,
    transitioned_by uuid REFERENCES app_user (id),
    closing_reason  text CHECK (closing_reason IN ('REMEDY_PROVIDED', 'NOT_ADMISSIBLE', 'NOT_SUBSTANTIATED',
                                                   'WITHDRAWN', 'NO_CONTACT', 'REFERRED_ELSEWHERE',
                                                   'RESOLVED_BY_DIALOGUE')),
    note            bytea,
    CHECK ((to_status = 'CLOSED') = (closing_reason IS NOT NULL)),
    CHECK ((from_status IS NULL) = (to_status = 'RECEIVED'))
);
CREATE INDEX grievance_case_transition_case ON grievance_case_transition (case_id, transitioned_at);

-- revision counts changes, so that a form made before someone else moved the case is refused.
-- content may go: after its retention a case keeps only its plain figures (purged_at says when).
ALTER TABLE grievance_case
    ADD COLUMN assigned_to       uuid REFERENCES app_user (id),
    ADD COLUMN acknowledged_at   timestamptz,
    ADD COLUMN feedback_given_at timestamptz,
    ADD COLUMN closed_at         timestamptz,
    ADD COLUMN closing_reason    text CHECK (closing_reason IN ('REMEDY_PROVIDED', 'NOT_ADMISSIBLE',
                                     'NOT_SUBSTANTIATED', 'WITHDRAWN', 'NO_CONTACT', 'REFERRED_ELSEWHERE',
                                     'RESOLVED_BY_DIALOGUE')),
    ADD COLUMN purged_at         timestamptz,
    ADD COLUMN revision          integer NOT NULL DEFAULT 0,
    ALTER COLUMN content DROP NOT NULL;

-- The queue pages through tens of thousands of cases per stage, newest first.
CREATE INDEX grievance_case_queue ON grievance_case (status, received_at DESC, id);
CREATE INDEX grievance_case_assigned ON grievance_case (assigned_to, status, received_at DESC);
CREATE INDEX grievance_case_to_purge ON grievance_case (closed_at) WHERE status = 'CLOSED' AND purged_at IS NULL;

-- Organisations a handler is linked to (a former employer, a board seat): such a handler is never assigned
-- a case that concerns one of them.
CREATE TABLE grievance_handler_interest (
    user_id         uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    declared_by     uuid NOT NULL REFERENCES app_user (id),
    declared_at     timestamptz NOT NULL,
    PRIMARY KEY (user_id, organisation_id)
);
CREATE INDEX grievance_handler_interest_organisation ON grievance_handler_interest (organisation_id);

-- One row per reminder sent: the primary key lets only one instance send it, in the transaction that queues
-- the mail.
CREATE TABLE grievance_case_reminder (
    case_id uuid NOT NULL REFERENCES grievance_case (id) ON DELETE CASCADE,
    kind    text NOT NULL CHECK (kind IN ('ACKNOWLEDGE', 'FEEDBACK')),
    sent_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, kind)
);

SELECT kw_isolate_complaint_rows('grievance_case_transition');
SELECT kw_isolate_complaint_rows('grievance_handler_interest');
SELECT kw_isolate_complaint_rows('grievance_case_reminder');

-- Cases filed before this migration get their arrival row too; the complaint wall admits this transaction.
SELECT set_config('ketenwijs.grievance', 'on', true);
INSERT INTO grievance_case_transition (id, case_id, from_status, to_status, transitioned_at)
SELECT gen_random_uuid(), id, NULL, 'RECEIVED', received_at FROM grievance_case;
