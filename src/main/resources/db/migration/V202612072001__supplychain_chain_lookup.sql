-- Routing a complaint: which member companies source a commodity from a country, or name a supplier (its
-- name folded by kw_facility_key) in a country. Ids only leave, as with kw_companies_prioritising: the
-- chains stay closed to the complaint handler who asks.
CREATE FUNCTION kw_companies_with(commodity text, country text) RETURNS uuid[]
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    companies uuid[];
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    SELECT coalesce(array_agg(DISTINCT m.organisation_id), '{}') INTO companies
      FROM raw_material m
      JOIN material_origin o ON o.raw_material_id = m.id AND o.organisation_id = m.organisation_id
     WHERE m.commodity_code = commodity AND o.country_iso3 = country;
    PERFORM set_config('ketenwijs.aggregate', '', true);
    RETURN companies;
END
$$;

CREATE FUNCTION kw_companies_naming_supplier(supplier_name text, country text) RETURNS uuid[]
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    companies uuid[];
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    SELECT coalesce(array_agg(DISTINCT s.organisation_id), '{}') INTO companies
      FROM supplier s
     WHERE kw_facility_key(s.name) = kw_facility_key(supplier_name) AND s.country_iso3 = country;
    PERFORM set_config('ketenwijs.aggregate', '', true);
    RETURN companies;
END
$$;
