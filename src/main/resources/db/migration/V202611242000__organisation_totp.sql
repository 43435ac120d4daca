-- TOTP second factor: an organisation may require it of everyone; each user has at most one secret.
-- The secret must stay readable to check codes (it cannot be hashed); totp_last_step is the time step of
-- the last accepted code, so that no code is accepted twice.
ALTER TABLE organisation ADD COLUMN require_totp boolean NOT NULL DEFAULT false;

ALTER TABLE app_user
    ADD COLUMN totp_secret text CHECK (totp_secret ~ '^[A-Z2-7]{32}$'),
    ADD COLUMN totp_enrolled_at timestamptz,
    ADD COLUMN totp_last_step bigint,
    -- Offered during enrolment, and only moved to totp_secret once a code from it was confirmed.
    ADD COLUMN totp_pending_secret text CHECK (totp_pending_secret ~ '^[A-Z2-7]{32}$'),
    ADD CONSTRAINT app_user_totp_enrolled CHECK ((totp_secret IS NULL) = (totp_enrolled_at IS NULL));

-- Single-use recovery codes, kept only as SHA-256: they are random, so a fast hash is enough.
CREATE TABLE recovery_code (
    user_id         uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    code_hash       text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    used_at         timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

CREATE INDEX recovery_code_organisation ON recovery_code (organisation_id);

-- The last four characters of a token, so that people can tell their tokens apart; demo tokens have none.
ALTER TABLE api_token ADD COLUMN token_hint text CHECK (length(token_hint) = 4);
