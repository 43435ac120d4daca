-- TOTP secrets are stored sealed by the secret box (AES-256-GCM, "v1:" + base64 of nonce and ciphertext),
-- so a dump or backup no longer lets anyone make codes. The version prefix names the key that sealed a value.
ALTER TABLE app_user
    DROP CONSTRAINT app_user_totp_secret_check,
    DROP CONSTRAINT app_user_totp_pending_secret_check;

-- NOT VALID: a plain secret written before this migration (only development data exists) is not rewritten
-- or erased, which would let the password alone enrol a new second factor; reading it fails loudly instead.
ALTER TABLE app_user
    ADD CONSTRAINT app_user_totp_secret_sealed CHECK (totp_secret ~ '^v[0-9]+:[A-Za-z0-9+/]+={0,2}$') NOT VALID,
    ADD CONSTRAINT app_user_totp_pending_secret_sealed
        CHECK (totp_pending_secret ~ '^v[0-9]+:[A-Za-z0-9+/]+={0,2}$') NOT VALID;
