-- A company's risk register: per (commodity, country, theme) of its chain, the inherent level with its
-- reasons as last evaluated, the severity and likelihood that make its priority, and every change.
-- Company data: only the company itself sees it.
CREATE TABLE register_entry (
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    commodity_code  text        NOT NULL,
    country_iso3    text        NOT NULL CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    theme           text        NOT NULL,
    inherent_level  text        NOT NULL CHECK (inherent_level IN ('UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    -- The reasons as the knowledge base gave them (data set, edition, field, value, rule), kept so the
    -- register can say what changed and why after a new edition.
    reasons         jsonb       NOT NULL,
    products        text[]      NOT NULL,
    evaluated_at    timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, commodity_code, country_iso3, theme)
);

-- The company's own judgement of an entry: confirmed, adjusted (severity and likelihood with a reason) or
-- dismissed (with a reason). Append-only: the newest row per entry counts, the older ones are its history.
CREATE TABLE register_decision (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    commodity_code  text        NOT NULL,
    country_iso3    text        NOT NULL,
    theme           text        NOT NULL,
    decision        text        NOT NULL CHECK (decision IN ('CONFIRMED', 'ADJUSTED', 'DISMISSED', 'REOPENED')),
    severity        smallint    CHECK (severity BETWEEN 1 AND 5),
    likelihood      smallint    CHECK (likelihood BETWEEN 1 AND 5),
    reason          text        CHECK (length(reason) <= 2000),
    decided_by      text        NOT NULL,
    decided_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (decision NOT IN ('ADJUSTED', 'DISMISSED') OR length(trim(reason)) > 0),
    CHECK (decision <> 'ADJUSTED' OR (severity IS NOT NULL AND likelihood IS NOT NULL))
);

CREATE INDEX register_decision_entry
    ON register_decision (organisation_id, commodity_code, country_iso3, theme, decided_at DESC);

-- What a re-evaluation changed, and why: the chain (a pair added or removed) or the knowledge base.
CREATE TABLE register_change (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    commodity_code  text        NOT NULL,
    country_iso3    text        NOT NULL,
    theme           text        NOT NULL,
    old_level       text,
    new_level       text,
    cause           text        NOT NULL CHECK (cause IN ('CHAIN', 'KNOWLEDGE')),
    changed_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX register_change_recent ON register_change (organisation_id, changed_at DESC);

SELECT kw_isolate_company_rows('register_entry');
SELECT kw_isolate_company_rows('register_decision');
SELECT kw_isolate_company_rows('register_change');

-- When a company's register was last evaluated, and why: the page says so, and a chain changed after it
-- shows the register as being brought up to date.
CREATE TABLE register_evaluation (
    organisation_id uuid PRIMARY KEY REFERENCES organisation (id),
    evaluated_at    timestamptz NOT NULL,
    cause           text        NOT NULL CHECK (cause IN ('CHAIN', 'KNOWLEDGE'))
);

SELECT kw_isolate_company_rows('register_evaluation');
