-- Which of the given companies have judged their register, and which have a grave gender risk in it: ids
-- in, a subset out, for a branch organisation's aggregate view of its members (see
-- kw_companies_with_mapped_chain). The registers stay closed to the caller.
DROP POLICY register_entry_of_company ON register_entry;
CREATE POLICY register_entry_of_company ON register_entry
    USING (organisation_id = kw_tenant() OR kw_sector_aggregate())
    WITH CHECK (organisation_id = kw_tenant());

DROP POLICY register_decision_of_company ON register_decision;
CREATE POLICY register_decision_of_company ON register_decision
    USING (organisation_id = kw_tenant() OR kw_sector_aggregate())
    WITH CHECK (organisation_id = kw_tenant());

-- Judged: the company confirmed, adjusted or dismissed at least one risk, so its register is prioritised by
-- the company and not only by Ketenwijs' defaults.
CREATE FUNCTION kw_companies_with_judged_register(companies uuid[]) RETURNS uuid[]
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    judged uuid[];
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    SELECT coalesce(array_agg(DISTINCT organisation_id), '{}') INTO judged
      FROM register_decision
     WHERE organisation_id = ANY (companies) AND decision IN ('CONFIRMED', 'ADJUSTED', 'DISMISSED');
    PERFORM set_config('ketenwijs.aggregate', '', true);
    RETURN judged;
END
$$;

-- A grave gender risk: an entry on the gender theme with a high or very high inherent level that the
-- company has not dismissed.
CREATE FUNCTION kw_companies_with_gender_risks(companies uuid[]) RETURNS uuid[]
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    exposed uuid[];
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    SELECT coalesce(array_agg(DISTINCT e.organisation_id), '{}') INTO exposed
      FROM register_entry e
     WHERE e.organisation_id = ANY (companies) AND e.theme = 'discrimination_gender'
       AND e.inherent_level IN ('HIGH', 'VERY_HIGH')
       AND coalesce((SELECT d.decision FROM register_decision d
                      WHERE d.organisation_id = e.organisation_id AND d.commodity_code = e.commodity_code
                        AND d.country_iso3 = e.country_iso3 AND d.theme = e.theme
                      ORDER BY d.decided_at DESC, d.id LIMIT 1), 'OPEN') <> 'DISMISSED';
    PERFORM set_config('ketenwijs.aggregate', '', true);
    RETURN exposed;
END
$$;
