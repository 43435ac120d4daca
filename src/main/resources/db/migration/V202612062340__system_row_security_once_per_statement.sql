-- Row-level security asks who the tenant is once per statement, not once per row. A policy that calls
-- kw_tenant(), kw_platform(), kw_sector_aggregate() or kw_secretariat() directly evaluates the call for every
-- row it checks: a sector count over four million register entries read the settings eight million times.
-- Wrapped in a sub-select the call becomes an init plan, evaluated once, and an index on organisation_id is
-- still used. Every policy of the schema is rewritten so, and the helpers that make new policies write them
-- so from now on. Calls with a row's value as argument (kw_in_project(project_id)) stay per row.
DO $rewrite$
DECLARE
    policy record;
    using_clause text;
    check_clause text;
BEGIN
    FOR policy IN SELECT tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public' LOOP
        using_clause := regexp_replace(policy.qual,
            '(?<!SELECT )kw_(tenant|platform|sector_aggregate|secretariat)\(\)', '(SELECT kw_\1())', 'g');
        check_clause := regexp_replace(policy.with_check,
            '(?<!SELECT )kw_(tenant|platform|sector_aggregate|secretariat)\(\)', '(SELECT kw_\1())', 'g');
        IF using_clause IS DISTINCT FROM policy.qual THEN
            EXECUTE format('ALTER POLICY %I ON %I USING (%s)', policy.policyname, policy.tablename, using_clause);
        END IF;
        IF check_clause IS DISTINCT FROM policy.with_check THEN
            EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (%s)', policy.policyname, policy.tablename,
                           check_clause);
        END IF;
    END LOOP;
END
$rewrite$;

CREATE OR REPLACE FUNCTION kw_isolate_identity_rows(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY %I ON %s USING (organisation_id = (SELECT kw_tenant()) OR (SELECT kw_platform()))'
                   ' WITH CHECK (organisation_id = (SELECT kw_tenant()) OR (SELECT kw_platform()))',
                   target::text || '_of_tenant', target);
END
$$;

CREATE OR REPLACE FUNCTION kw_isolate_company_rows(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY %I ON %s USING (organisation_id = (SELECT kw_tenant()))'
                   ' WITH CHECK (organisation_id = (SELECT kw_tenant()))', target::text || '_of_company', target);
END
$$;
