-- Editions uploaded by the secretariat next to the shipped ones. Who loaded an edition; null for an edition
-- shipped in the application, which the loader rewrites from the jar at every start (an uploaded one never).
ALTER TABLE evidence_edition
    ADD COLUMN loaded_by text CHECK (length(loaded_by) <= 320);

-- Every switch of the active edition of a data set, kept for history: which edition, which it replaced,
-- who switched and when. Append-only: a trigger refuses to change or remove a row, for every role.
CREATE TABLE evidence_edition_switch (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    data_set         text        NOT NULL,
    edition          text        NOT NULL,
    previous_edition text,
    switched_at      timestamptz NOT NULL DEFAULT now(),
    switched_by      text        NOT NULL CHECK (length(switched_by) <= 320)
);

CREATE INDEX evidence_edition_switch_data_set ON evidence_edition_switch (data_set, switched_at DESC);

CREATE FUNCTION evidence_edition_switch_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'evidence_edition_switch is append-only';
END;
$$;

CREATE TRIGGER evidence_edition_switch_append_only
    BEFORE UPDATE OR DELETE ON evidence_edition_switch
    FOR EACH ROW EXECUTE FUNCTION evidence_edition_switch_append_only();

CREATE TRIGGER evidence_edition_switch_no_truncate
    BEFORE TRUNCATE ON evidence_edition_switch
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_edition_switch_append_only();
