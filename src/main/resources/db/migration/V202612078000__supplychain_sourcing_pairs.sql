-- A company's chain as other modules read it: one row per (commodity, country) it sources, with the products
-- it goes into, its volume and spend, and what its suppliers show. The rule for the suppliers, kept simple
-- so a company can follow it:
--   * per origin, the suppliers that count are those at the tier closest to the origin (the highest tier
--     number recorded for it): production risks arise there, and a trader's certificate alone says little
--     about the farm;
--   * an origin's supply holds a certification when every supplier at that tier holds it;
--   * the pair holds a certification when every origin of the pair does; an origin without any supplier
--     holds none, so a pair partly unaccounted for is not called certified;
--   * a failed last audit of any supplier on any origin of the pair counts for the pair.
-- Kept in the database, so a register is evaluated in one statement straight from the chain tables instead
-- of the chain travelling to the application and back. Read as the company (security_invoker): row-level
-- security admits no other; a filter on organisation_id reaches the tables through the grouping.

-- The fixed list of certifications (Certification) as bits, in the list's order, so "held by every
-- supplier" and "by every origin" are bit_and aggregates. Plain expressions, so PostgreSQL inlines them.
CREATE FUNCTION kw_certification_bits(codes text[]) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
SELECT (CASE WHEN 'fairtrade' = ANY (codes) THEN 1 ELSE 0 END)
     | (CASE WHEN 'rainforest_alliance' = ANY (codes) THEN 2 ELSE 0 END)
     | (CASE WHEN 'rspo' = ANY (codes) THEN 4 ELSE 0 END)
     | (CASE WHEN 'organic' = ANY (codes) THEN 8 ELSE 0 END)
     | (CASE WHEN 'msc' = ANY (codes) THEN 16 ELSE 0 END)
     | (CASE WHEN 'asc' = ANY (codes) THEN 32 ELSE 0 END)
     | (CASE WHEN 'bonsucro' = ANY (codes) THEN 64 ELSE 0 END)
     | (CASE WHEN 'proterra' = ANY (codes) THEN 128 ELSE 0 END)
     | (CASE WHEN 'rtrs' = ANY (codes) THEN 256 ELSE 0 END)
     | (CASE WHEN 'utz' = ANY (codes) THEN 512 ELSE 0 END)
     | (CASE WHEN 'other' = ANY (codes) THEN 1024 ELSE 0 END)
$$;

CREATE FUNCTION kw_certification_codes(bits integer) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
SELECT array_remove(ARRAY[CASE WHEN bits & 1 <> 0 THEN 'fairtrade' END,
                          CASE WHEN bits & 2 <> 0 THEN 'rainforest_alliance' END,
                          CASE WHEN bits & 4 <> 0 THEN 'rspo' END,
                          CASE WHEN bits & 8 <> 0 THEN 'organic' END,
                          CASE WHEN bits & 16 <> 0 THEN 'msc' END,
                          CASE WHEN bits & 32 <> 0 THEN 'asc' END,
                          CASE WHEN bits & 64 <> 0 THEN 'bonsucro' END,
                          CASE WHEN bits & 128 <> 0 THEN 'proterra' END,
                          CASE WHEN bits & 256 <> 0 THEN 'rtrs' END,
                          CASE WHEN bits & 512 <> 0 THEN 'utz' END,
                          CASE WHEN bits & 1024 <> 0 THEN 'other' END], NULL)
$$;

-- The company's supplier links, for the company filter below to reach them without a row per origin.
CREATE INDEX origin_supplier_company ON origin_supplier (organisation_id, material_origin_id);

-- Every join names organisation_id as well (the foreign keys make it equal anyway), so a filter on the
-- company reaches every table: each is read by its company index and joined by hash, not probed per origin.
CREATE VIEW sourcing_pair WITH (security_invoker = true) AS
SELECT o.organisation_id, m.commodity_code, o.country_iso3,
       array_agg(DISTINCT p.name ORDER BY p.name) AS products,
       sum(m.volume_kg_per_year) AS volume_kg_per_year,
       sum(m.spend_eur) AS spend_eur,
       kw_certification_codes(bit_and(coalesce(e.held, 0))) AS certifications,
       coalesce(bool_or(e.material_origin_id IS NOT NULL), false) AS has_suppliers,
       coalesce(bool_or(e.audit_failed), false) AS audit_failed
  FROM material_origin o
  JOIN raw_material m ON m.id = o.raw_material_id AND m.organisation_id = o.organisation_id
  JOIN product p ON p.id = m.product_id AND p.organisation_id = m.organisation_id
  LEFT JOIN (SELECT s.organisation_id, s.material_origin_id, bool_or(s.audit_failed) AS audit_failed,
                    coalesce(bit_and(s.held) FILTER (WHERE s.tier = s.source), 0) AS held
               FROM (SELECT l.organisation_id, l.material_origin_id, l.tier,
                            max(l.tier) OVER (PARTITION BY l.organisation_id, l.material_origin_id) AS source,
                            coalesce(x.audit_result = 'failed', false) AS audit_failed,
                            kw_certification_bits(x.certifications) AS held
                       FROM origin_supplier l
                       JOIN supplier x ON x.id = l.supplier_id AND x.organisation_id = l.organisation_id) s
              GROUP BY s.organisation_id, s.material_origin_id) e
         ON e.material_origin_id = o.id AND e.organisation_id = o.organisation_id
 WHERE o.country_iso3 IS NOT NULL AND m.commodity_code IS NOT NULL
 GROUP BY o.organisation_id, m.commodity_code, o.country_iso3;
