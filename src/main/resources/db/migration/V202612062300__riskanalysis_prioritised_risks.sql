-- A company's prioritised risks: those it confirmed or adjusted (it judged them its own), and those with a
-- high or very high inherent level that it has not dismissed. One definition, read by the company for its
-- own register (row-level security applies: security_invoker) and by the sector functions below.
-- The newest decision per entry counts; DISTINCT ON lets PostgreSQL push a company filter into it.
CREATE VIEW prioritised_risk WITH (security_invoker = true) AS
SELECT e.organisation_id, e.commodity_code, e.country_iso3, e.theme
  FROM register_entry e
  LEFT JOIN (SELECT DISTINCT ON (organisation_id, commodity_code, country_iso3, theme)
                    organisation_id, commodity_code, country_iso3, theme, decision
               FROM register_decision
              ORDER BY organisation_id, commodity_code, country_iso3, theme, decided_at DESC, id) d
         ON d.organisation_id = e.organisation_id AND d.commodity_code = e.commodity_code
        AND d.country_iso3 = e.country_iso3 AND d.theme = e.theme
 WHERE d.decision IN ('CONFIRMED', 'ADJUSTED')
    OR (e.inherent_level IN ('HIGH', 'VERY_HIGH') AND coalesce(d.decision, 'OPEN') <> 'DISMISSED');

-- Every (commodity, country, theme) that at least `minimum` companies prioritise, with their number: the
-- registers stay closed to the caller, only the counts leave (see kw_companies_sourcing for the pattern).
CREATE FUNCTION kw_prioritised_risk_groups(minimum integer)
    RETURNS TABLE (commodity_code text, country_iso3 text, theme text, companies integer)
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    RETURN QUERY
        SELECT p.commodity_code, p.country_iso3, p.theme, count(*)::integer
          FROM prioritised_risk p
         GROUP BY p.commodity_code, p.country_iso3, p.theme
        HAVING count(*) >= minimum;
    PERFORM set_config('ketenwijs.aggregate', '', true);
END
$$;

-- The companies that prioritise one risk, as ids for the application (the secretariat invites them to a
-- collective project without seeing their registers). A register entry is unique per company and key.
CREATE FUNCTION kw_companies_prioritising(commodity text, country text, risk_theme text) RETURNS uuid[]
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    companies uuid[];
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    SELECT coalesce(array_agg(p.organisation_id ORDER BY p.organisation_id), '{}') INTO companies
      FROM prioritised_risk p
     WHERE p.commodity_code = commodity AND p.country_iso3 = country AND p.theme = risk_theme;
    PERFORM set_config('ketenwijs.aggregate', '', true);
    RETURN companies;
END
$$;
