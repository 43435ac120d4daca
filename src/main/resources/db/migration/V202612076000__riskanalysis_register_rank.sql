-- The register page shows fifty entries of a register that can hold tens of thousands: each entry keeps the
-- severity, likelihood and rank it has after the company's judgement (RegisterRanks works them out when an
-- entry is written, judged or its theme weighed anew), so a page is one range of this index instead of
-- ranking the whole register on every view. NULL rank: not ranked yet (rows from before this version too).
ALTER TABLE register_entry
    ADD COLUMN severity         smallint,
    ADD COLUMN final_likelihood smallint,
    ADD COLUMN dismissed        boolean,
    ADD COLUMN rank             smallint,
    ADD COLUMN theme_order      smallint;

CREATE INDEX register_entry_ranked ON register_entry
    (organisation_id, dismissed, rank DESC, severity DESC, theme_order, commodity_code COLLATE "C",
     country_iso3 COLLATE "C")
    INCLUDE (final_likelihood);

CREATE INDEX register_entry_unranked ON register_entry (organisation_id) WHERE rank IS NULL;

-- Which rules a company's stored ranks were worked out by (a fingerprint of the theme defaults and order and
-- of which certification covers which theme, all defined in the application): a version with other rules
-- ranks the company's register again the first time it is read, instead of showing ranks by the old ones.
-- With it, what the register page shows above the list, worked out whenever the register is ranked: the
-- open entries counted per severity and likelihood (parallel arrays; likelihood 0 where it is unknown) and
-- the countries in the register.
CREATE TABLE register_ranking (
    organisation_id uuid PRIMARY KEY REFERENCES organisation (id),
    rules           text   NOT NULL,
    cell_severity   int[]  NOT NULL,
    cell_likelihood int[]  NOT NULL,
    cell_count      int[]  NOT NULL,
    countries       text[] NOT NULL
);

SELECT kw_isolate_company_rows('register_ranking');

