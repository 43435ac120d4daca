-- Invitations and password resets are rows of the organisation they belong to.
ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY invitation_of_tenant ON invitation
    USING (organisation_id = kw_tenant() OR kw_platform())
    WITH CHECK (organisation_id = kw_tenant() OR kw_platform());

ALTER TABLE password_reset ENABLE ROW LEVEL SECURITY;
ALTER TABLE password_reset FORCE ROW LEVEL SECURITY;
CREATE POLICY password_reset_of_tenant ON password_reset
    USING (organisation_id = kw_tenant() OR kw_platform())
    WITH CHECK (organisation_id = kw_tenant() OR kw_platform());

-- Mails carry live links. Any transaction may add one (an invitation is written with its mail), but only
-- the platform scope (the sender and the secretariat admin's outbox page) reads or changes them.
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY mail_outbox_write ON mail_outbox FOR INSERT WITH CHECK (true);
CREATE POLICY mail_outbox_platform ON mail_outbox USING (kw_platform());
