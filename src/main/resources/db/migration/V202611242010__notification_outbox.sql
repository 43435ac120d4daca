-- Mails wait here, written in the same transaction as the change that caused them. A sender delivers them
-- when SMTP is configured and then blanks the body, so that no live link stays in the database; without
-- SMTP they stay, for the secretariat admin's outbox page. Platform-level: no organisation_id on purpose.
CREATE TABLE mail_outbox (
    id              uuid PRIMARY KEY,
    recipient       text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    language        text NOT NULL CHECK (language IN ('nl', 'en')),
    subject         text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body            text,
    created_at      timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    last_error      text CHECK (length(last_error) <= 300),
    sent_at         timestamptz,
    given_up_at     timestamptz
);

CREATE INDEX mail_outbox_pending ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
CREATE INDEX mail_outbox_created ON mail_outbox (created_at DESC);
