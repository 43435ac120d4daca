-- Who is who in the covenant: organisations and the people who log in for them.
CREATE TABLE organisation (
    id         uuid PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('COMPANY', 'BRANCH_ORGANISATION', 'SECRETARIAT', 'PARTNER')),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX organisation_name_unique ON organisation (lower(name));

CREATE TABLE app_user (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    username        text NOT NULL CHECK (length(username) BETWEEN 3 AND 254),
    display_name    text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    password_hash   text NOT NULL,
    enabled         boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX app_user_username_unique ON app_user (lower(username));
CREATE INDEX app_user_organisation ON app_user (organisation_id);
