-- Complaints from the public portal. Not tenant tables: no organisation owns a complaint. Row-level
-- security still walls them off: only a transaction that the grievance module opened for complaints
-- (set_config('ketenwijs.grievance', 'on', true)) sees or writes a row, so a company's or the platform's
-- transaction, or a query that strays into these tables, finds nothing.
CREATE FUNCTION kw_grievance() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(current_setting('ketenwijs.grievance', true), '') = 'on' $$;

CREATE FUNCTION kw_isolate_complaint_rows(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY %I ON %s USING (kw_grievance()) WITH CHECK (kw_grievance())',
                   target::text || '_in_complaints_scope', target);
END
$$;

-- A complaint. The receipt's public part is the locator; its secret part is kept only as an Argon2id hash
-- with its own salt. What the person wrote and how to reach them are AES-GCM under the case's data key;
-- only the choices needed to route a case and count cases (country, themes, gender, children, channel)
-- are plain.
CREATE TABLE grievance_case (
    id                uuid PRIMARY KEY,
    locator           text NOT NULL UNIQUE CHECK (locator ~ '^[0-9]{7}$'),
    secret_hash       text NOT NULL,
    status            text NOT NULL CHECK (status IN ('RECEIVED', 'ACKNOWLEDGED', 'ADMISSIBILITY', 'DIALOGUE',
                                                       'MEDIATION', 'REMEDY_AGREED', 'CLOSED', 'APPEALED')),
    received_at       timestamptz NOT NULL,
    acknowledge_by    timestamptz NOT NULL,
    feedback_by       timestamptz NOT NULL,
    language          text NOT NULL,
    country           text CHECK (country ~ '^[A-Z]{2}$'),
    themes            text[] NOT NULL,
    gender            text CHECK (gender IN ('WOMAN', 'MAN', 'OTHER')),
    children_involved text CHECK (children_involved IN ('YES', 'NO', 'UNKNOWN')),
    contact_channel   text NOT NULL CHECK (contact_channel IN ('ANONYMOUS', 'PHONE', 'EMAIL', 'PARTNER')),
    content           bytea NOT NULL,
    contact           bytea
);

-- The case's data key, sealed under the master key. Deleting this row makes the case's content, contact and
-- messages unreadable, in every backup too (crypto-shredding). The key is made before its case row, which
-- holds values already encrypted under it, hence the deferred reference.
CREATE TABLE grievance_case_key (
    case_id     uuid PRIMARY KEY REFERENCES grievance_case (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    wrapped_key text NOT NULL
);

CREATE TABLE grievance_message (
    id       uuid PRIMARY KEY,
    case_id  uuid NOT NULL REFERENCES grievance_case (id) ON DELETE CASCADE,
    sent_at  timestamptz NOT NULL,
    author   text NOT NULL CHECK (author IN ('COMPLAINANT', 'HANDLER')),
    kind     text NOT NULL CHECK (kind IN ('MESSAGE', 'INFORMATION')),
    body     bytea NOT NULL
);
CREATE INDEX grievance_message_case ON grievance_message (case_id, sent_at);

-- One row per submitted form: its random key makes a double tap, a reload or a retry one case. The receipt
-- is kept sealed only for a short while (see Submissions), so that a retry shows the same receipt.
CREATE TABLE grievance_submission (
    idempotency_key uuid PRIMARY KEY,
    case_id         uuid NOT NULL REFERENCES grievance_case (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    submitted_at    timestamptz NOT NULL,
    sealed_receipt  text
);
CREATE INDEX grievance_submission_sealed ON grievance_submission (submitted_at) WHERE sealed_receipt IS NOT NULL;

SELECT kw_isolate_complaint_rows('grievance_case');
SELECT kw_isolate_complaint_rows('grievance_case_key');
SELECT kw_isolate_complaint_rows('grievance_message');
SELECT kw_isolate_complaint_rows('grievance_submission');
