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

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_of_tenant ON app_user
    USING (organisation_id = kw_tenant() OR kw_platform())
    WITH CHECK (organisation_id = kw_tenant() OR kw_platform());

-- A token belongs to the tenant of its user; the sub-query on app_user is itself filtered by RLS.
ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_token FORCE ROW LEVEL SECURITY;
CREATE POLICY api_token_of_tenant ON api_token
    USING (EXISTS (SELECT 1 FROM app_user u WHERE u.id = api_token.user_id))
    WITH CHECK (EXISTS (SELECT 1 FROM app_user u WHERE u.id = api_token.user_id));
