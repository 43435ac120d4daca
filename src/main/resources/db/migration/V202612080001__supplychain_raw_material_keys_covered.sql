-- A company's classified raw materials with their ids in one index, so which pairs a company sources
-- (sourcing_pair_key, read for every register on every knowledge change) comes from two indexes alone: the
-- company's origins (material_origin_company_material) and this one. Without the id the raw materials were
-- read from the table, a page per few rows: about 170 pages for a company of a thousand links. It replaces
-- the index on the same key, which every reader of it can use as before.
CREATE INDEX raw_material_company_commodity ON raw_material (organisation_id, commodity_code) INCLUDE (id);
DROP INDEX raw_material_commodity;
