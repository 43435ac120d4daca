-- Only which (commodity, country) pairs a company sources, without what sourcing_pair works out for each
-- (products, volume, suppliers): what the register needs to know which of its pairs the knowledge base has
-- to judge first. Read for every company on every re-evaluation, so it reads two tables instead of five.
-- Read as the company (security_invoker), like sourcing_pair; a filter on organisation_id reaches the tables
-- through the DISTINCT.
CREATE VIEW sourcing_pair_key WITH (security_invoker = true) AS
SELECT DISTINCT o.organisation_id, m.commodity_code, o.country_iso3
  FROM material_origin o
  JOIN raw_material m ON m.id = o.raw_material_id AND m.organisation_id = o.organisation_id
 WHERE o.country_iso3 IS NOT NULL AND m.commodity_code IS NOT NULL;

-- A company's origins with their raw material, country and id in one index: this view and sourcing_pair read
-- a company's origins from it alone (about a dozen pages for a thousand links) and join them by hash, instead
-- of probing the origins of each raw material in turn (four pages each).
CREATE INDEX material_origin_company_material ON material_origin (organisation_id, raw_material_id)
    INCLUDE (country_iso3, id);
