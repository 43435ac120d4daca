-- Which knowledge revision each (commodity, country) pair was last judged at, one row per pair. Until now
-- that was the newest revision among the pair's verdicts in pair_risk, so every new revision rewrote every
-- verdict of every pair, changed or not (a hundred thousand rows with their reasons for a sector), and each
-- register looked through fifteen verdicts per pair to see whether it was judged. Now a verdict is only
-- rewritten when it changes, and pair_risk.revision says when it last did. Public knowledge like
-- pair_risk: no company data, no row security.
CREATE TABLE pair_judgement (
    commodity_code text   NOT NULL,
    country_iso3   text   NOT NULL,
    revision       bigint NOT NULL,
    PRIMARY KEY (commodity_code, country_iso3)
);

INSERT INTO pair_judgement (commodity_code, country_iso3, revision)
SELECT commodity_code, country_iso3, max(revision)
  FROM pair_risk
 GROUP BY commodity_code, country_iso3;

-- The level next to the key: a register reads its pairs' levels from the index alone, pair_risk's pages
-- staying all-visible now that an unchanged verdict is not rewritten.
CREATE INDEX pair_risk_level ON pair_risk (commodity_code, country_iso3, theme) INCLUDE (level);
