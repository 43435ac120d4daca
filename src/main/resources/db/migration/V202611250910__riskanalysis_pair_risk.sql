-- What the knowledge base says of a (commodity, country) pair on each theme, with its reasons, kept once
-- for the whole sector instead of once per company that sources the pair: a thousand registers with the
-- same cocoa from Ghana share one set of reasons, and a re-evaluation judges each pair once. Public
-- knowledge, no company data: no tenant, no row security. A cache of the knowledge base at `revision`.
CREATE TABLE pair_risk (
    commodity_code text   NOT NULL,
    country_iso3   text   NOT NULL CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    theme          text   NOT NULL,
    level          text   NOT NULL CHECK (level IN ('UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    reasons        jsonb  NOT NULL,
    revision       bigint NOT NULL,
    PRIMARY KEY (commodity_code, country_iso3, theme)
);

-- The reasons registers held so far become the shared ones, at revision 0: the next evaluation of any
-- register judges its pairs anew, and until then every entry keeps showing why. The owner reads every
-- company's rows only inside this migration's transaction.
ALTER TABLE register_entry NO FORCE ROW LEVEL SECURITY;
INSERT INTO pair_risk (commodity_code, country_iso3, theme, level, reasons, revision)
SELECT DISTINCT ON (commodity_code, country_iso3, theme) commodity_code, country_iso3, theme, inherent_level,
       reasons, 0
  FROM register_entry
 ORDER BY commodity_code, country_iso3, theme, evaluated_at DESC;
ALTER TABLE register_entry FORCE ROW LEVEL SECURITY;

ALTER TABLE register_entry DROP COLUMN reasons;
