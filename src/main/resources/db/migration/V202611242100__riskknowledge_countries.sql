-- Reference data, not tenant data: no organisation_id and no row-level security. The rows come from CSV
-- files in the jar and are written again by the start-up loader of riskknowledge, so the jar stays the
-- single source of truth; these tables exist so that other queries can join on them.
CREATE TABLE country (
    iso3    text PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso2    text NOT NULL UNIQUE CHECK (iso2 ~ '^[A-Z]{2}$'),
    name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
    name_nl text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 100)
);

-- Every spelling seen in a source (ILAB, World Bank, Natural Earth, CLDR), for matching names to codes.
CREATE TABLE country_alias (
    alias text NOT NULL CHECK (length(alias) BETWEEN 1 AND 200),
    iso3  text NOT NULL REFERENCES country (iso3) ON DELETE CASCADE,
    PRIMARY KEY (alias, iso3)
);

CREATE INDEX country_alias_iso3 ON country_alias (iso3);
