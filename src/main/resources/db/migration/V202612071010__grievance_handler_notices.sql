-- Handlers hear of a new case and of a complainant's new message by mail. The rows themselves are the outbox:
-- a job mails those not yet noticed and marks them in the same transaction as the mail, so the portal's own
-- transaction never waits for, or fails on, a notification.
ALTER TABLE grievance_case ADD COLUMN noticed_at timestamptz;
ALTER TABLE grievance_message ADD COLUMN noticed_at timestamptz;
CREATE INDEX grievance_case_to_notice ON grievance_case (received_at) WHERE noticed_at IS NULL;
CREATE INDEX grievance_message_to_notice ON grievance_message (sent_at)
    WHERE noticed_at IS NULL AND author = 'COMPLAINANT';

-- What arrived before this migration is not news.
SELECT set_config('ketenwijs.grievance', 'on', true);
UPDATE grievance_case SET noticed_at = received_at;
UPDATE grievance_message SET noticed_at = sent_at;
