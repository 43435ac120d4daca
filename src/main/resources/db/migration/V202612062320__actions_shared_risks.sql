-- Shared risks across the sector, counted by a job (not per page view: counting reads every register).
-- Only groups of at least three companies are kept, the smallest group anyone is told about; the counts
-- name no company, so every logged-in organisation may read them.
CREATE TABLE shared_risk_group (
    commodity_code text    NOT NULL,
    country_iso3   text    NOT NULL CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    theme          text    NOT NULL,
    companies      integer NOT NULL CHECK (companies >= 3),
    PRIMARY KEY (commodity_code, country_iso3, theme)
);

CREATE INDEX shared_risk_group_largest ON shared_risk_group (companies DESC);

CREATE TABLE shared_facility_group (
    facility_key text    NOT NULL,
    country_iso3 text    NOT NULL CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    name         text    NOT NULL,
    companies    integer NOT NULL CHECK (companies >= 3),
    PRIMARY KEY (facility_key, country_iso3)
);

-- The last count: when, how long it took and how many groups it found.
CREATE TABLE shared_risk_count (
    id              boolean PRIMARY KEY DEFAULT true CHECK (id),
    counted_at      timestamptz NOT NULL,
    duration_ms     bigint      NOT NULL,
    risk_groups     integer     NOT NULL,
    facility_groups integer     NOT NULL
);

-- A company that wants to be found by the others that share a risk: it opts in per risk. Company data;
-- the other companies learn its name only through kw_visible_sharers, and only for a risk they share.
CREATE TABLE shared_risk_visibility (
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    commodity_code  text        NOT NULL,
    country_iso3    text        NOT NULL CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    theme           text        NOT NULL,
    opted_in_by     text        NOT NULL,
    opted_in_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, commodity_code, country_iso3, theme)
);

CREATE INDEX shared_risk_visibility_risk ON shared_risk_visibility (commodity_code, country_iso3, theme);

ALTER TABLE shared_risk_visibility ENABLE ROW LEVEL SECURITY;
ALTER TABLE shared_risk_visibility FORCE ROW LEVEL SECURITY;
CREATE POLICY shared_risk_visibility_of_company ON shared_risk_visibility
    USING (organisation_id = kw_tenant() OR kw_sector_aggregate())
    WITH CHECK (organisation_id = kw_tenant());

-- For the calling company's risks among the given keys that it prioritises itself: the other companies
-- that prioritise the same risk and opted in to be visible for it. Nobody learns of a company through a
-- risk they do not share, and opting in is withdrawn by prioritising the risk no more.
CREATE FUNCTION kw_visible_sharers(commodities text[], countries text[], themes text[])
    RETURNS TABLE (commodity_code text, country_iso3 text, theme text, organisation_id uuid)
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    caller uuid := kw_tenant();
BEGIN
    IF caller IS NULL THEN
        RETURN;
    END IF;
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    RETURN QUERY
        SELECT k.commodity_code, k.country_iso3, k.theme, v.organisation_id
          FROM unnest(commodities, countries, themes) AS k(commodity_code, country_iso3, theme)
          JOIN shared_risk_visibility v
            ON v.commodity_code = k.commodity_code AND v.country_iso3 = k.country_iso3 AND v.theme = k.theme
         WHERE v.organisation_id <> caller
           AND EXISTS (SELECT 1 FROM prioritised_risk own
                        WHERE own.organisation_id = caller AND own.commodity_code = k.commodity_code
                          AND own.country_iso3 = k.country_iso3 AND own.theme = k.theme)
           AND EXISTS (SELECT 1 FROM prioritised_risk other
                        WHERE other.organisation_id = v.organisation_id AND other.commodity_code = k.commodity_code
                          AND other.country_iso3 = k.country_iso3 AND other.theme = k.theme)
         ORDER BY 1, 2, 3, 4;
    PERFORM set_config('ketenwijs.aggregate', '', true);
END
$$;
