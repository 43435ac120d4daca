-- A company's yearly self-assessment: its answers to the published questionnaire of its size class, drafted,
-- submitted, returned by the secretariat's monitoring reviewer with comments per question, and accepted.
-- Company data: the company sees its own, the secretariat every company's (it reviews them); branch
-- organisations and the sector see them only through the aggregate function below, which returns counts.
CREATE TABLE self_assessment (
    id               uuid PRIMARY KEY,
    organisation_id  uuid        NOT NULL REFERENCES organisation (id),
    reporting_year   integer     NOT NULL CHECK (reporting_year BETWEEN 2000 AND 2100),
    questionnaire_id uuid        NOT NULL REFERENCES questionnaire (id),
    status           text        NOT NULL DEFAULT 'DRAFT'
                                 CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, reporting_year),
    UNIQUE (id, organisation_id)
);

CREATE INDEX self_assessment_year ON self_assessment (reporting_year, status);

-- One answer per question: a maturity level in its own column (the aggregates group by it), any other
-- answer as text, an evidence file in the row itself (written in the transaction that records it). A
-- figure Ketenwijs supplied from the company's own data is kept beside the answer it pre-filled.
CREATE TABLE assessment_answer (
    assessment_id   uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    question_id     uuid        NOT NULL REFERENCES questionnaire_question (id),
    level           smallint    CHECK (level BETWEEN 0 AND 4),
    value           text        CHECK (length(value) <= 4000),
    file_name       text        CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type    text,
    content         bytea,
    from_ketenwijs  text        CHECK (length(from_ketenwijs) <= 500),
    updated_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, question_id),
    FOREIGN KEY (assessment_id, organisation_id) REFERENCES self_assessment (id, organisation_id) ON DELETE CASCADE,
    CHECK ((content IS NULL) = (file_name IS NULL) AND (content IS NULL) = (content_type IS NULL))
);

-- What happened to an assessment, in order: submitted, returned, accepted, with who and when.
CREATE TABLE assessment_event (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL,
    assessment_id   uuid        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
    done_by         text        NOT NULL CHECK (length(done_by) BETWEEN 1 AND 320),
    done_at         timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (assessment_id, organisation_id) REFERENCES self_assessment (id, organisation_id) ON DELETE CASCADE
);

CREATE INDEX assessment_event_order ON assessment_event (assessment_id, done_at);

-- The reviewer's comments per question when returning an assessment; they belong to that return.
CREATE TABLE assessment_comment (
    event_id        uuid NOT NULL REFERENCES assessment_event (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL,
    question_id     uuid NOT NULL REFERENCES questionnaire_question (id),
    comment         text NOT NULL CHECK (length(trim(comment)) BETWEEN 1 AND 2000),
    PRIMARY KEY (event_id, question_id)
);

-- The company its own rows; the secretariat every company's, for the review; the aggregate switch only
-- inside kw_assessment_figures.
DO $policies$
DECLARE
    target text;
BEGIN
    FOREACH target IN ARRAY ARRAY['self_assessment', 'assessment_answer', 'assessment_event', 'assessment_comment'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', target);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', target);
        EXECUTE format('CREATE POLICY %I ON %I'
                       ' USING ((SELECT kw_secretariat()) OR (SELECT kw_sector_aggregate())'
                       ' OR (organisation_id = kw_tenant()))'
                       ' WITH CHECK ((SELECT kw_secretariat()) OR (organisation_id = kw_tenant()))',
                       target || '_of_company', target);
    END LOOP;
END
$policies$;

-- Participation and the maturity distribution per step, for the whole group of companies asked about
-- (NULL: every company), per size class and per branch organisation. A company's level of a step is the
-- rounded-down mean of its answers to the step's main maturity questions. Submitted and accepted
-- assessments count for the levels (a returned one is being corrected); a group's levels are only
-- returned when at least `minimum` companies count, so no smaller group's levels leave the database.
-- Participation rows have step NULL; level rows have the participation columns NULL.
CREATE FUNCTION kw_assessment_figures(year integer, companies uuid[], minimum integer)
    RETURNS TABLE (group_kind text, group_key text, step text, level integer, invited integer, submitted integer,
                   accepted integer, assessed integer)
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    RETURN QUERY
    WITH company AS (
        SELECT o.id, coalesce(o.size_class, 'LARGE') AS size_class FROM organisation o
         WHERE o.kind = 'COMPANY' AND (companies IS NULL OR o.id = ANY (companies))
    ), member AS (
        SELECT c.id, 'ALL'::text AS kind, ''::text AS key FROM company c
        UNION ALL
        SELECT c.id, 'SIZE', c.size_class FROM company c
        UNION ALL
        SELECT c.id, 'BRANCH', m.branch_id::text FROM company c JOIN branch_membership m ON m.company_id = c.id
    ), status AS (
        SELECT a.organisation_id, a.status FROM self_assessment a WHERE a.reporting_year = year
    ), participation AS (
        SELECT m.kind, m.key, count(*)::integer AS invited,
               count(s.status) FILTER (WHERE s.status <> 'DRAFT')::integer AS submitted,
               count(s.status) FILTER (WHERE s.status = 'ACCEPTED')::integer AS accepted,
               count(s.status) FILTER (WHERE s.status IN ('SUBMITTED', 'ACCEPTED'))::integer AS assessed
          FROM member m LEFT JOIN status s ON s.organisation_id = m.id
         GROUP BY m.kind, m.key
    ), step_level AS (
        SELECT a.organisation_id, q.step, floor(avg(ans.level))::integer AS level
          FROM self_assessment a
          JOIN assessment_answer ans ON ans.assessment_id = a.id
          JOIN questionnaire_question q ON q.id = ans.question_id
         WHERE a.reporting_year = year AND a.status IN ('SUBMITTED', 'ACCEPTED')
           AND q.type = 'MATURITY' AND q.parent_id IS NULL AND ans.level IS NOT NULL
         GROUP BY a.organisation_id, q.step
    )
    SELECT p.kind, p.key, NULL::text, NULL::integer, p.invited, p.submitted, p.accepted, p.assessed
      FROM participation p
    UNION ALL
    SELECT m.kind, m.key, l.step, l.level, NULL::integer, NULL::integer, NULL::integer, count(*)::integer
      FROM member m
      JOIN step_level l ON l.organisation_id = m.id
      JOIN participation p ON p.kind = m.kind AND p.key = m.key AND p.assessed >= minimum
     GROUP BY m.kind, m.key, l.step, l.level;
    PERFORM set_config('ketenwijs.aggregate', '', true);
END
$$;
