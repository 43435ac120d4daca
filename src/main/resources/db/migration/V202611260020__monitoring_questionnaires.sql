-- The secretariat's yearly monitoring questionnaire, in a full version and a shorter one for SMEs, with
-- its questions along the steps of the OECD due-diligence guidance. Covenant-wide, not company data: no
-- organisation_id, no row-level security. A published questionnaire is what companies answer, so it never
-- changes again; the next year's starts as a copy (copied_from).
CREATE TABLE questionnaire (
    id             uuid PRIMARY KEY,
    reporting_year integer     NOT NULL CHECK (reporting_year BETWEEN 2000 AND 2100),
    variant        text        NOT NULL CHECK (variant IN ('FULL', 'SME')),
    status         text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    copied_from    uuid        REFERENCES questionnaire (id),
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    published_by   text,
    published_at   timestamptz,
    UNIQUE (reporting_year, variant),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL AND published_by IS NOT NULL))
);

CREATE TABLE questionnaire_question (
    id               uuid PRIMARY KEY,
    questionnaire_id uuid    NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    -- A sub-question belongs to a main question of the same questionnaire.
    parent_id        uuid    REFERENCES questionnaire_question (id) ON DELETE CASCADE,
    step             text    NOT NULL CHECK (step IN ('POLICY', 'IDENTIFY', 'PREVENT', 'TRACK', 'COMMUNICATE',
                                                       'REMEDIATE')),
    code             text    NOT NULL CHECK (code ~ '^[0-9]{1,2}(\.[0-9]{1,2})?$'),
    position         integer NOT NULL,
    type             text    NOT NULL CHECK (type IN ('MATURITY', 'YES_NO', 'NUMBER', 'PERCENTAGE', 'TEXT',
                                                       'CHOICE', 'EVIDENCE')),
    text_nl          text    NOT NULL CHECK (length(text_nl) BETWEEN 1 AND 1000),
    text_en          text    NOT NULL CHECK (length(text_en) BETWEEN 1 AND 1000),
    help_nl          text    CHECK (length(help_nl) <= 2000),
    help_en          text    CHECK (length(help_en) <= 2000),
    -- MATURITY: the description of levels 0 to 4; CHOICE: the options. Each [{"nl": …, "en": …}, …].
    options          jsonb   NOT NULL DEFAULT '[]',
    UNIQUE (questionnaire_id, code),
    CHECK (type <> 'MATURITY' OR jsonb_array_length(options) = 5),
    CHECK (type <> 'CHOICE' OR jsonb_array_length(options) >= 2)
);

CREATE INDEX questionnaire_question_order ON questionnaire_question (questionnaire_id, position);

-- The database keeps a published questionnaire as it was, whatever the application does.
CREATE FUNCTION kw_questionnaire_unchanged() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_TABLE_NAME = 'questionnaire' THEN
        IF OLD.status = 'PUBLISHED' THEN
            RAISE EXCEPTION 'questionnaire % is published and cannot change', OLD.id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    ELSIF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM questionnaire q
                                          WHERE q.id = OLD.questionnaire_id AND q.status = 'PUBLISHED'))
       OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM questionnaire q
                                          WHERE q.id = NEW.questionnaire_id AND q.status = 'PUBLISHED')) THEN
        RAISE EXCEPTION 'the questions of a published questionnaire cannot change'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER questionnaire_published_unchanged
    BEFORE UPDATE OR DELETE ON questionnaire FOR EACH ROW EXECUTE FUNCTION kw_questionnaire_unchanged();

CREATE TRIGGER questionnaire_question_published_unchanged
    BEFORE INSERT OR UPDATE OR DELETE ON questionnaire_question
    FOR EACH ROW EXECUTE FUNCTION kw_questionnaire_unchanged();
