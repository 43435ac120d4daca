-- Recovery codes are tenant rows like the people they belong to.
ALTER TABLE recovery_code ENABLE ROW LEVEL SECURITY;
ALTER TABLE recovery_code FORCE ROW LEVEL SECURITY;
CREATE POLICY recovery_code_of_tenant ON recovery_code
    USING (organisation_id = kw_tenant() OR kw_platform())
    WITH CHECK (organisation_id = kw_tenant() OR kw_platform());
