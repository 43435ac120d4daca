-- The second wall of tenant isolation. The transaction manager sets these two settings with
-- set_config(..., true) at the start of every transaction; outside a transaction they are empty, so a
-- tenant table shows nothing.
CREATE FUNCTION kw_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('ketenwijs.organisation_id', true), '')::uuid $$;

-- Platform scope opens identity rows (people, tokens) of every organisation: for logins, invitations
-- and the secretariat admin. Tables with company data must not use it.
CREATE FUNCTION kw_platform() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(current_setting('ketenwijs.platform', true), '') = 'on' $$;

-- Rows about people of one organisation (accounts, their codes, invitations): the tenant sees its own,
-- the platform scope sees all. Tables with company data get policies without the platform clause.
CREATE FUNCTION kw_isolate_identity_rows(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY %I ON %s USING (organisation_id = kw_tenant() OR kw_platform())'
                   ' WITH CHECK (organisation_id = kw_tenant() OR kw_platform())', target::text || '_of_tenant', target);
END
$$;

SELECT kw_isolate_identity_rows('app_user');

-- A token belongs to the tenant of its user; the sub-query on app_user is itself filtered by RLS.
ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_token FORCE ROW LEVEL SECURITY;
CREATE POLICY api_token_of_tenant ON api_token
    USING (EXISTS (SELECT 1 FROM app_user u WHERE u.id = api_token.user_id))
    WITH CHECK (EXISTS (SELECT 1 FROM app_user u WHERE u.id = api_token.user_id));
