-- Which of the given companies have mapped their chain: at least one raw material classified as a
-- commodity with a known country of origin. Ids in, a subset of them out: a branch organisation counts its
-- members' progress with it and reminds the ones that lag, while the chains stay closed to the caller. The
-- rows are opened the way kw_companies_sourcing opens them, and closed before the function returns.
CREATE FUNCTION kw_companies_with_mapped_chain(companies uuid[]) RETURNS uuid[]
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    mapped uuid[];
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    SELECT coalesce(array_agg(DISTINCT m.organisation_id), '{}') INTO mapped
      FROM raw_material m
      JOIN material_origin o ON o.raw_material_id = m.id
     WHERE m.organisation_id = ANY (companies) AND m.commodity_code IS NOT NULL AND o.country_iso3 IS NOT NULL;
    PERFORM set_config('ketenwijs.aggregate', '', true);
    RETURN mapped;
END
$$;
