-- Row-level security decides the cross-tenant switches once per statement, not once per row. A policy such
-- as `organisation_id = kw_tenant() OR kw_sector_aggregate()` evaluated both calls for every row it checked:
-- a sector count over four million register entries read the settings eight million times. The switches
-- (kw_platform, kw_sector_aggregate, kw_secretariat) take no row value, so each is wrapped in a sub-select,
-- an init plan evaluated once, and put first in its OR, so that when it is on the tenant comparison is not
-- evaluated at all. The tenant comparison itself stays a plain call: the planner reads the current tenant
-- from it when it estimates how many of a company's rows a query returns (the register page of a company
-- with 10,000 links got slower when it was hidden in a sub-select too). The helper that makes identity
-- policies writes them so from now on.
DO $rewrite$
DECLARE
    policy record;
    using_clause text;
    check_clause text;
    switch_last constant text := '\(\(organisation_id = kw_tenant\(\)\) OR kw_(platform|sector_aggregate|secretariat)\(\)\)';
    switch_first constant text := '((SELECT kw_\1()) OR (organisation_id = kw_tenant()))';
    bare_switch constant text := '(?<!SELECT )kw_(platform|sector_aggregate|secretariat)\(\)';
BEGIN
    FOR policy IN SELECT tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public' LOOP
        using_clause := regexp_replace(regexp_replace(policy.qual, switch_last, switch_first, 'g'),
                                       bare_switch, '(SELECT kw_\1())', 'g');
        check_clause := regexp_replace(regexp_replace(policy.with_check, switch_last, switch_first, 'g'),
                                       bare_switch, '(SELECT kw_\1())', 'g');
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
    EXECUTE format('CREATE POLICY %I ON %s USING ((SELECT kw_platform()) OR organisation_id = kw_tenant())'
                   ' WITH CHECK ((SELECT kw_platform()) OR organisation_id = kw_tenant())',
                   target::text || '_of_tenant', target);
END
$$;
