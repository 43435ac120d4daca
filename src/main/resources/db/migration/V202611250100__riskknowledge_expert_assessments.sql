-- Curated expert entries for themes without an open data set (living wage, water, pesticides, animal
-- welfare…): one level per raw material and theme, optionally narrowed to one country of origin, with a
-- written rationale and a reference. Reference data like the countries: no organisation_id, no row-level
-- security. The start-up loader adds Ketenwijs' shipped starting set; the secretariat edits it.
CREATE TABLE expert_assessment (
    commodity_code text        NOT NULL REFERENCES commodity (code),
    theme          text        NOT NULL CHECK (theme ~ '^[a-z][a-z_]{1,49}$'),
    -- NULL means every origin; an entry for one country beats the general one.
    iso3           text        REFERENCES country (iso3),
    -- An expert says how high the risk is; "unknown" is what no entry already means.
    level          text        NOT NULL CHECK (level IN ('low', 'medium', 'high', 'very_high')),
    rationale_nl   text        NOT NULL CHECK (length(rationale_nl) BETWEEN 1 AND 4000),
    rationale_en   text        CHECK (length(rationale_en) BETWEEN 1 AND 4000),
    reference      text        NOT NULL CHECK (length(reference) BETWEEN 1 AND 1000),
    reference_url  text        CHECK (reference_url ~ '^https://[^\s]{4,}$' AND length(reference_url) <= 500),
    -- A withdrawn entry stays (its history too) but is no longer evidence.
    withdrawn      boolean     NOT NULL DEFAULT false,
    version        integer     NOT NULL CHECK (version > 0),
    changed_by     text        NOT NULL CHECK (length(changed_by) BETWEEN 1 AND 320),
    changed_at     timestamptz NOT NULL,
    -- One entry per key, the general one (NULL country) included.
    UNIQUE NULLS NOT DISTINCT (commodity_code, theme, iso3)
);

CREATE INDEX expert_assessment_iso3 ON expert_assessment (iso3) WHERE iso3 IS NOT NULL;

-- Every version of every entry, never changed afterwards (the application role may only insert, see
-- afterMigrate.sql): who changed what, when, from which level to which, and why.
CREATE TABLE expert_assessment_history (
    commodity_code text        NOT NULL REFERENCES commodity (code),
    theme          text        NOT NULL,
    iso3           text        REFERENCES country (iso3),
    version        integer     NOT NULL,
    action         text        NOT NULL CHECK (action IN ('added', 'changed', 'withdrawn')),
    old_level      text,
    new_level      text,
    rationale_nl   text        NOT NULL,
    rationale_en   text,
    reference      text        NOT NULL,
    reference_url  text,
    changed_by     text        NOT NULL,
    changed_at     timestamptz NOT NULL,
    UNIQUE NULLS NOT DISTINCT (commodity_code, theme, iso3, version)
);
