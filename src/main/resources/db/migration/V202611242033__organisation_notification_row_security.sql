-- Invitations and password resets are rows of the organisation they belong to.
SELECT kw_isolate_identity_rows('invitation');
SELECT kw_isolate_identity_rows('password_reset');

-- Mails carry live links. Any transaction may add one (an invitation is written with its mail), but only
-- the platform scope (the sender and the secretariat admin's outbox page) reads or changes them.
ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE mail_outbox FORCE ROW LEVEL SECURITY;
CREATE POLICY mail_outbox_write ON mail_outbox FOR INSERT WITH CHECK (true);
CREATE POLICY mail_outbox_platform ON mail_outbox USING (kw_platform());
