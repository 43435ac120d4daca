-- Size classes for companies, branch memberships, a role per user and personal API tokens.
ALTER TABLE organisation
    ADD COLUMN size_class text CHECK (size_class IN ('SME', 'LARGE')),
    ADD COLUMN employee_count integer CHECK (employee_count >= 0),
    ADD CONSTRAINT organisation_company_has_size CHECK (kind <> 'COMPANY' OR size_class IS NOT NULL);

CREATE TABLE branch_membership (
    company_id uuid NOT NULL REFERENCES organisation (id),
    branch_id  uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (company_id, branch_id)
);

CREATE INDEX branch_membership_branch ON branch_membership (branch_id);

ALTER TABLE app_user ADD COLUMN role text NOT NULL DEFAULT 'COMPANY_VIEWER'
    CHECK (role IN ('COMPANY_ADMIN', 'COMPANY_EDITOR', 'COMPANY_VIEWER', 'BRANCH_STAFF', 'SECRETARIAT_ADMIN',
                    'MONITORING_REVIEWER', 'COMPLAINT_HANDLER', 'PARTNER_MEMBER'));
ALTER TABLE app_user ALTER COLUMN role DROP DEFAULT;

-- Only a SHA-256 of each token is kept: tokens are 256-bit random values, so a fast hash is enough.
CREATE TABLE api_token (
    id         uuid PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES app_user (id),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);

CREATE INDEX api_token_user ON api_token (user_id);
