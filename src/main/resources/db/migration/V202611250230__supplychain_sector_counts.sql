-- Counts across companies' chains without opening the chains: a company's rows stay closed to everyone
-- else, except inside an aggregate function that returns a number only. The function opens the rows with
-- a transaction-local setting and closes them again before it returns, so nothing else in the transaction
-- sees them.
CREATE FUNCTION kw_sector_aggregate() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(current_setting('ketenwijs.aggregate', true), '') = 'on' $$;

DROP POLICY raw_material_of_company ON raw_material;
CREATE POLICY raw_material_of_company ON raw_material
    USING (organisation_id = kw_tenant() OR kw_sector_aggregate())
    WITH CHECK (organisation_id = kw_tenant());

DROP POLICY material_origin_of_company ON material_origin;
CREATE POLICY material_origin_of_company ON material_origin
    USING (organisation_id = kw_tenant() OR kw_sector_aggregate())
    WITH CHECK (organisation_id = kw_tenant());

-- The number of distinct companies whose chain has at least one of the (commodity, country) pairs.
CREATE FUNCTION kw_companies_sourcing(commodities text[], countries text[]) RETURNS integer
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    companies integer;
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    SELECT count(DISTINCT m.organisation_id) INTO companies
      FROM unnest(commodities, countries) AS p(commodity_code, country_iso3)
      JOIN raw_material m ON m.commodity_code = p.commodity_code
      JOIN material_origin o ON o.raw_material_id = m.id AND o.country_iso3 = p.country_iso3;
    PERFORM set_config('ketenwijs.aggregate', '', true);
    RETURN companies;
END
$$;
