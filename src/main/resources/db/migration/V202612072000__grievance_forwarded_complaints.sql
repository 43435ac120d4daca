-- Routing a complaint to the member companies it concerns.

-- What the handler routed the case by: a commodity of the knowledge base and a country (ISO 3166-1 alpha-3,
-- as chains have it), plain like the case's country and themes because they route and count cases. A named
-- supplier is kept sealed under the case's key: the complainant may have named their own employer.
CREATE TABLE grievance_case_routing (
    case_id        uuid PRIMARY KEY REFERENCES grievance_case (id) ON DELETE CASCADE,
    commodity_code text CHECK (commodity_code ~ '^[a-z][a-z0-9_]{1,49}$'),
    country_iso3   text CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    supplier_name  bytea,
    updated_by     uuid NOT NULL REFERENCES app_user (id),
    updated_at     timestamptz NOT NULL
);

-- Whether the complainant agrees that their identity and contact go to the company: each decision is a
-- row, the newest counts. The complainant decides on their follow-up page; a handler records a decision
-- the person made by phone or through a partner, with a note sealed under the case's key.
CREATE TABLE grievance_consent (
    id          uuid PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES grievance_case (id) ON DELETE CASCADE,
    given       boolean NOT NULL,
    recorded_by uuid REFERENCES app_user (id),
    note        bytea,
    recorded_at timestamptz NOT NULL,
    CHECK ((recorded_by IS NULL) = (note IS NULL))
);
CREATE INDEX grievance_consent_case ON grievance_consent (case_id, recorded_at DESC);

-- A handler's finding that the complaint against a linked company is substantiated; it puts a measure in
-- that company's plan of approach (event grievance.CaseSubstantiated).
CREATE TABLE grievance_case_substantiated (
    case_id         uuid NOT NULL,
    organisation_id uuid NOT NULL,
    marked_by       uuid NOT NULL REFERENCES app_user (id),
    marked_at       timestamptz NOT NULL,
    PRIMARY KEY (case_id, organisation_id),
    FOREIGN KEY (case_id, organisation_id) REFERENCES grievance_case_company (case_id, organisation_id)
        ON DELETE CASCADE
);

SELECT kw_isolate_complaint_rows('grievance_case_routing');
SELECT kw_isolate_complaint_rows('grievance_consent');
SELECT kw_isolate_complaint_rows('grievance_case_substantiated');

-- The redacted copy a company receives. Unlike the case it is the company's own row: a tenant table that
-- the company reads and answers in its own transactions, which never open the complaint wall. The grievance
-- module sees every copy in its complaint transactions (it writes them and shows the answers to the
-- handler and the complainant). The copy is sealed under a key of its own, wrapped by the master key,
-- rather than under the case's key: reading the copy then never needs the case's key, which lives behind
-- the complaint wall, and a copy shows only what was chosen for it. It hangs on the link to its company,
-- so removing the case (or its link) removes the copy with its key. The reference names the copy to the
-- company and in plans of approach; it is random, never the receipt's locator.
CREATE TABLE forwarded_complaint (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    case_id         uuid NOT NULL,
    reference       text NOT NULL UNIQUE CHECK (reference ~ '^KW-[0-9]{4}-[0-9A-Z]{6}$'),
    forwarded_at    timestamptz NOT NULL,
    forwarded_by    uuid NOT NULL REFERENCES app_user (id),
    country         text CHECK (country ~ '^[A-Z]{2}$'),
    themes          text[] NOT NULL,
    wrapped_key     text NOT NULL,
    content         bytea NOT NULL,
    identity        bytea,
    answered_at     timestamptz,
    answered_by     uuid REFERENCES app_user (id),
    answer          bytea,
    CHECK ((answered_at IS NULL) = (answer IS NULL)),
    UNIQUE (case_id, organisation_id),
    FOREIGN KEY (case_id, organisation_id) REFERENCES grievance_case_company (case_id, organisation_id)
        ON DELETE CASCADE
);
CREATE INDEX forwarded_complaint_company ON forwarded_complaint (organisation_id, forwarded_at DESC);

-- Photos the handler ticked for the copy: already re-encoded without metadata when the case received them.
CREATE TABLE forwarded_complaint_photo (
    id              uuid PRIMARY KEY,
    forwarded_id    uuid NOT NULL REFERENCES forwarded_complaint (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    position        integer NOT NULL,
    content_type    text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    body            bytea NOT NULL,
    UNIQUE (forwarded_id, position)
);

ALTER TABLE forwarded_complaint ENABLE ROW LEVEL SECURITY;
ALTER TABLE forwarded_complaint FORCE ROW LEVEL SECURITY;
CREATE POLICY forwarded_complaint_of_company ON forwarded_complaint
    USING ((SELECT kw_grievance()) OR organisation_id = kw_tenant())
    WITH CHECK ((SELECT kw_grievance()) OR organisation_id = kw_tenant());

ALTER TABLE forwarded_complaint_photo ENABLE ROW LEVEL SECURITY;
ALTER TABLE forwarded_complaint_photo FORCE ROW LEVEL SECURITY;
CREATE POLICY forwarded_complaint_photo_of_company ON forwarded_complaint_photo
    USING ((SELECT kw_grievance()) OR organisation_id = kw_tenant())
    WITH CHECK ((SELECT kw_grievance()) OR organisation_id = kw_tenant());

-- How many complaints were forwarded to one company in a calendar year (Amsterdam time) and how many of
-- those it answered: numbers only, for evidence in monitoring, from any transaction. The complaint wall
-- opens for this one query and returns to what it was.
CREATE FUNCTION kw_company_case_figures(company uuid, calendar_year integer)
    RETURNS TABLE (forwarded integer, answered integer)
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    before text := coalesce(current_setting('ketenwijs.grievance', true), '');
BEGIN
    PERFORM set_config('ketenwijs.grievance', 'on', true);
    RETURN QUERY
        SELECT count(*)::integer, count(f.answered_at)::integer
          FROM forwarded_complaint f
         WHERE f.organisation_id = company
           AND f.forwarded_at >= make_timestamptz(calendar_year, 1, 1, 0, 0, 0, 'Europe/Amsterdam')
           AND f.forwarded_at < make_timestamptz(calendar_year + 1, 1, 1, 0, 0, 0, 'Europe/Amsterdam');
    PERFORM set_config('ketenwijs.grievance', before, true);
END
$$;
