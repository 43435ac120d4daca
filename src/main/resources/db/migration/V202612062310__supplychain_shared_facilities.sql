-- The same supplier facility in several companies' chains: a supplier is a company's own record, typed by
-- each company, so a facility is recognised by its name folded to lower case with single spaces and no
-- punctuation, in the same country. A supplier without a country is no located facility and is left out.
CREATE FUNCTION kw_facility_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT trim(regexp_replace(regexp_replace(lower(name), '[[:punct:]]+', ' ', 'g'), '\s+', ' ', 'g')) $$;

DROP POLICY supplier_of_company ON supplier;
CREATE POLICY supplier_of_company ON supplier
    USING (organisation_id = kw_tenant() OR kw_sector_aggregate())
    WITH CHECK (organisation_id = kw_tenant());

-- Facilities that at least `minimum` companies name, with the number of companies and one spelling of the
-- name (the alphabetically first). Counts and names of facilities leave, never which company named them.
CREATE FUNCTION kw_shared_facility_groups(minimum integer)
    RETURNS TABLE (facility_key text, country_iso3 text, name text, companies integer)
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    RETURN QUERY
        SELECT kw_facility_key(s.name), s.country_iso3, min(s.name), count(DISTINCT s.organisation_id)::integer
          FROM supplier s
         WHERE s.country_iso3 IS NOT NULL
         GROUP BY kw_facility_key(s.name), s.country_iso3
        HAVING count(DISTINCT s.organisation_id) >= minimum;
    PERFORM set_config('ketenwijs.aggregate', '', true);
END
$$;
