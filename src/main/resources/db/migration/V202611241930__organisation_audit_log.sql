-- Append-only audit log: who did what to which object, when; never content. Each row carries the hash
-- of its predecessor, so that an edited or removed row breaks the chain and the verifier says where.
CREATE TABLE audit_event (
    seq             bigint PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor_id        uuid,
    organisation_id uuid,
    action          text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
    object_id       text CHECK (length(object_id) <= 100),
    previous_hash   text NOT NULL,
    hash            text NOT NULL
);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
