-- Failed logins per login name, shared by every app instance. The name is kept only as a SHA-256:
-- people sometimes type their password into the name field.
CREATE TABLE login_throttle (
    name_hash     text PRIMARY KEY,
    failures      integer NOT NULL CHECK (failures >= 0),
    blocked_until timestamptz
);
