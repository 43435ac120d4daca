-- The chain tables that a register page reads in bulk compare each row with the tenant read once per statement,
-- not once per row. The chain gaps of a company with 10,000 links read 5,000 raw materials and 10,000 origins on
-- every register page view, and `organisation_id = kw_tenant()` parsed the setting into a uuid for each of them:
-- 80 ms against 35 ms for the same query without the call (pgbench, one client, on the bench's sector). Every
-- query of these tables names the company itself (the chain code reads them for one company, the sector
-- aggregates switch the check off), so the planner's estimate comes from that filter, not from the policy; the
-- register_entry policy, whose estimate the register page needs, stays as it is. WITH CHECK stays per row: a
-- written row is checked once anyway.
ALTER POLICY raw_material_of_company ON raw_material
    USING ((SELECT kw_sector_aggregate()) OR organisation_id = (SELECT kw_tenant()));
ALTER POLICY material_origin_of_company ON material_origin
    USING ((SELECT kw_sector_aggregate()) OR organisation_id = (SELECT kw_tenant()));
ALTER POLICY product_of_company ON product
    USING (organisation_id = (SELECT kw_tenant()));
