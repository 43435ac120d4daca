-- The language a person reads their mails in.
ALTER TABLE app_user ADD COLUMN language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'));

-- An invitation to become a user of an organisation. Only a SHA-256 of the single-use token is kept.
CREATE TABLE invitation (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    email           text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    display_name    text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    role            text NOT NULL CHECK (role IN ('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER', 'BRANCH_STAFF',
                        'SECRETARIAT_ADMIN', 'MONITORING_REVIEWER', 'COMPLAINT_HANDLER', 'PARTNER_MEMBER')),
    language        text NOT NULL CHECK (language IN ('nl', 'en')),
    token_hash      text NOT NULL UNIQUE,
    invited_by      uuid REFERENCES app_user (id),
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    accepted_at     timestamptz,
    withdrawn_at    timestamptz
);

CREATE INDEX invitation_organisation ON invitation (organisation_id);
-- One open invitation per address across all organisations; an expired one is withdrawn before a new one.
CREATE UNIQUE INDEX invitation_open_email ON invitation (lower(email)) WHERE accepted_at IS NULL AND withdrawn_at IS NULL;

-- Password-reset links: single use, short-lived, only a SHA-256 of the token is kept.
CREATE TABLE password_reset (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    user_id         uuid NOT NULL REFERENCES app_user (id),
    token_hash      text NOT NULL UNIQUE,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz
);

CREATE INDEX password_reset_user ON password_reset (user_id, created_at);
