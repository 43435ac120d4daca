-- Plans of approach: what a company does about its prioritised risks. Company data: only the company
-- itself sees these rows (no platform clause), so neither the secretariat nor a platform-scoped job reads
-- them; the reminder job reads them per company, in that company's tenant.
CREATE TABLE action_plan (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    goal            text NOT NULL CHECK (length(goal) BETWEEN 1 AND 4000),
    created_by      text NOT NULL CHECK (length(created_by) BETWEEN 1 AND 320),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, organisation_id)
);

CREATE INDEX action_plan_organisation ON action_plan (organisation_id, created_at DESC);

-- The register entries a plan is about, by their key. No foreign key to the register: entries are
-- recomputed when a chain or a data set changes, and a plan keeps saying which risk it was written for.
CREATE TABLE action_plan_risk (
    organisation_id uuid NOT NULL,
    plan_id         uuid NOT NULL,
    commodity_code  text NOT NULL CHECK (commodity_code ~ '^[a-z][a-z0-9_]{1,49}$'),
    country_iso3    text NOT NULL CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    theme           text NOT NULL CHECK (theme ~ '^[a-z_]{1,50}$'),
    PRIMARY KEY (plan_id, commodity_code, country_iso3, theme),
    FOREIGN KEY (plan_id, organisation_id) REFERENCES action_plan (id, organisation_id) ON DELETE CASCADE
);

CREATE INDEX action_plan_risk_entry ON action_plan_risk (organisation_id, commodity_code, country_iso3, theme);

-- A measure. Owner and due date are required: a measure nobody carries by no date is not a measure.
-- reminded_for_due is the due date an overdue reminder was sent for: a measure is reminded once per due
-- date, and again when the due date is moved and passes again.
CREATE TABLE plan_measure (
    id                 uuid PRIMARY KEY,
    organisation_id    uuid NOT NULL,
    plan_id            uuid NOT NULL,
    title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description        text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    type               text NOT NULL CHECK (type IN ('PREVENT', 'MITIGATE', 'REMEDIATE', 'USE_LEVERAGE',
                                                      'RESPONSIBLE_EXIT')),
    owner_name         text NOT NULL CHECK (length(owner_name) BETWEEN 1 AND 200),
    owner_email        text NOT NULL CHECK (length(owner_email) BETWEEN 3 AND 254 AND owner_email LIKE '%_@_%'),
    start_date         date,
    due_date           date NOT NULL,
    status             text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    indicator_name     text CHECK (length(indicator_name) BETWEEN 1 AND 200),
    indicator_unit     text CHECK (length(indicator_unit) BETWEEN 1 AND 50),
    indicator_baseline numeric(18, 4) CHECK (indicator_baseline >= 0),
    indicator_target   numeric(18, 4) CHECK (indicator_target >= 0),
    indicator_current  numeric(18, 4) CHECK (indicator_current >= 0),
    gender_responsive  boolean NOT NULL DEFAULT false,
    reminded_for_due   date,
    reminded_at        timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (start_date IS NULL OR due_date >= start_date),
    UNIQUE (id, organisation_id),
    FOREIGN KEY (plan_id, organisation_id) REFERENCES action_plan (id, organisation_id) ON DELETE CASCADE
);

CREATE INDEX plan_measure_plan ON plan_measure (plan_id, due_date);
CREATE INDEX plan_measure_open_due ON plan_measure (organisation_id, due_date)
    WHERE status IN ('PLANNED', 'IN_PROGRESS');

-- Dated progress, with the indicator's new value when there is one. Never changed afterwards.
CREATE TABLE measure_update (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    measure_id      uuid NOT NULL,
    update_date     date NOT NULL,
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    indicator_value numeric(18, 4) CHECK (indicator_value >= 0),
    written_by      text NOT NULL CHECK (length(written_by) BETWEEN 1 AND 320),
    created_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (measure_id, organisation_id) REFERENCES plan_measure (id, organisation_id) ON DELETE CASCADE
);

CREATE INDEX measure_update_measure ON measure_update (measure_id, update_date DESC);

-- Evidence: a dated note, a file, or both. Files live in the database, in the transaction that records
-- them, limited to 5 MB; the type was checked by content before it got here.
CREATE TABLE measure_evidence (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    measure_id      uuid NOT NULL,
    evidence_date   date NOT NULL,
    note            text CHECK (length(note) BETWEEN 1 AND 4000),
    file_name       text CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type    text CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain')),
    content         bytea CHECK (octet_length(content) BETWEEN 1 AND 5242880),
    added_by        text NOT NULL CHECK (length(added_by) BETWEEN 1 AND 320),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (note IS NOT NULL OR content IS NOT NULL),
    CHECK ((content IS NULL) = (file_name IS NULL) AND (content IS NULL) = (content_type IS NULL)),
    FOREIGN KEY (measure_id, organisation_id) REFERENCES plan_measure (id, organisation_id) ON DELETE CASCADE
);

CREATE INDEX measure_evidence_measure ON measure_evidence (measure_id, evidence_date DESC);

-- An effectiveness review of a plan: each a new row, so the history stays. The indicators of its measures
-- as they stood on that day are kept with it (baseline, current, target per measure).
CREATE TABLE plan_review (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    plan_id         uuid NOT NULL,
    review_date     date NOT NULL,
    verdict         text NOT NULL CHECK (verdict IN ('MOVED', 'PARTLY', 'NOT_MOVED')),
    learned         text NOT NULL CHECK (length(learned) BETWEEN 1 AND 4000),
    changes         text NOT NULL CHECK (length(changes) BETWEEN 1 AND 4000),
    indicators      jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(indicators) = 'array'),
    reviewed_by     text NOT NULL CHECK (length(reviewed_by) BETWEEN 1 AND 320),
    created_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (plan_id, organisation_id) REFERENCES action_plan (id, organisation_id) ON DELETE CASCADE
);

CREATE INDEX plan_review_plan ON plan_review (plan_id, review_date DESC);

SELECT kw_isolate_company_rows('action_plan');
SELECT kw_isolate_company_rows('action_plan_risk');
SELECT kw_isolate_company_rows('plan_measure');
SELECT kw_isolate_company_rows('measure_update');
SELECT kw_isolate_company_rows('measure_evidence');
SELECT kw_isolate_company_rows('plan_review');
