-- Collective projects: companies that share a risk, NGO partners and the secretariat work on it together.
-- A participant sees the project's shared plan, indicators, updates and documents, and who takes part;
-- never another participant's chain or register, which stay behind their own walls.

-- Whether the current tenant is the secretariat, which follows every project.
CREATE FUNCTION kw_secretariat() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT EXISTS (SELECT 1 FROM organisation WHERE id = kw_tenant() AND kind = 'SECRETARIAT') $$;

CREATE TABLE collective_project (
    id                      uuid PRIMARY KEY,
    title                   text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    goal                    text NOT NULL CHECK (length(goal) BETWEEN 1 AND 4000),
    commodity_code          text NOT NULL CHECK (commodity_code ~ '^[a-z][a-z0-9_]{1,49}$'),
    country_iso3            text NOT NULL CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    theme                   text NOT NULL CHECK (theme ~ '^[a-z_]{1,50}$'),
    status                  text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED')),
    started_by_organisation uuid NOT NULL REFERENCES organisation (id),
    started_by              text NOT NULL CHECK (length(started_by) BETWEEN 1 AND 320),
    created_at              timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX collective_project_focus ON collective_project (commodity_code, country_iso3, theme);

-- Who takes part: the organisation that started it leads; others are invited and join, or join by
-- themselves when they share the project's risk.
CREATE TABLE project_participant (
    project_id      uuid NOT NULL REFERENCES collective_project (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    role            text NOT NULL CHECK (role IN ('LEAD', 'MEMBER')),
    status          text NOT NULL CHECK (status IN ('INVITED', 'JOINED', 'DECLINED')),
    invited_by      text CHECK (length(invited_by) BETWEEN 1 AND 320),
    invited_at      timestamptz,
    joined_at       timestamptz,
    PRIMARY KEY (project_id, organisation_id)
);

CREATE INDEX project_participant_organisation ON project_participant (organisation_id, status);

-- Whether the current tenant has joined the project (or is the secretariat). PL/pgSQL so that it is never
-- inlined into a policy of project_participant itself: its query then runs under that table's own policy.
CREATE FUNCTION kw_in_project(project uuid) RETURNS boolean
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN kw_secretariat() OR EXISTS (SELECT 1 FROM project_participant p
                                        WHERE p.project_id = project AND p.organisation_id = kw_tenant()
                                          AND p.status = 'JOINED');
END
$$;

-- Shared plan: measures with an owner organisation and person and a due date, as in a company's plan.
CREATE TABLE project_measure (
    id                    uuid PRIMARY KEY,
    project_id            uuid NOT NULL REFERENCES collective_project (id) ON DELETE CASCADE,
    title                 text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description           text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    type                  text NOT NULL CHECK (type IN ('PREVENT', 'MITIGATE', 'REMEDIATE', 'USE_LEVERAGE',
                                                        'RESPONSIBLE_EXIT')),
    owner_organisation_id uuid NOT NULL REFERENCES organisation (id),
    owner_name            text NOT NULL CHECK (length(owner_name) BETWEEN 1 AND 200),
    start_date            date,
    due_date              date NOT NULL,
    status                text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    gender_responsive     boolean NOT NULL DEFAULT false,
    created_by            text NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CHECK (start_date IS NULL OR due_date >= start_date)
);

CREATE INDEX project_measure_project ON project_measure (project_id, due_date);

-- Outcome indicators (share of the living-income gap closed, workers reached), optionally by gender.
CREATE TABLE project_indicator (
    id         uuid PRIMARY KEY,
    project_id uuid NOT NULL REFERENCES collective_project (id) ON DELETE CASCADE,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    unit       text NOT NULL CHECK (length(unit) BETWEEN 1 AND 50),
    baseline   numeric(18, 4) CHECK (baseline >= 0),
    target     numeric(18, 4) CHECK (target >= 0),
    by_gender  boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, project_id)
);

-- A measured value on a date: the total and, for an indicator by gender, women and men (the total may hold
-- more, such as people who did not say).
CREATE TABLE project_indicator_value (
    id           uuid PRIMARY KEY,
    project_id   uuid NOT NULL,
    indicator_id uuid NOT NULL,
    value_date   date NOT NULL,
    total        numeric(18, 4) NOT NULL CHECK (total >= 0),
    women        numeric(18, 4) CHECK (women >= 0),
    men          numeric(18, 4) CHECK (men >= 0),
    recorded_by  text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (indicator_id, project_id) REFERENCES project_indicator (id, project_id) ON DELETE CASCADE
);

CREATE INDEX project_indicator_value_indicator ON project_indicator_value (indicator_id, value_date DESC);

CREATE TABLE project_update (
    id              uuid PRIMARY KEY,
    project_id      uuid NOT NULL REFERENCES collective_project (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    update_date     date NOT NULL,
    body            text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
    written_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX project_update_project ON project_update (project_id, update_date DESC, created_at DESC);

-- Documents shared in the project: files of the kinds recognised by content, up to 5 MB, in the database.
CREATE TABLE project_document (
    id              uuid PRIMARY KEY,
    project_id      uuid NOT NULL REFERENCES collective_project (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    file_name       text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type    text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain')),
    content         bytea NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 5242880),
    added_by        text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX project_document_project ON project_document (project_id, created_at DESC);

-- A project's title, goal and risk are readable by every organisation (a company sharing the risk may join);
-- only its participants and the secretariat change it.
ALTER TABLE collective_project ENABLE ROW LEVEL SECURITY;
ALTER TABLE collective_project FORCE ROW LEVEL SECURITY;
CREATE POLICY collective_project_read ON collective_project FOR SELECT USING (kw_tenant() IS NOT NULL);
CREATE POLICY collective_project_start ON collective_project FOR INSERT
    WITH CHECK (started_by_organisation = kw_tenant());
CREATE POLICY collective_project_change ON collective_project FOR UPDATE
    USING (kw_in_project(id)) WITH CHECK (kw_in_project(id));

-- An organisation sees its own participations; the secretariat sees all. A participant adds others
-- (invitations); an organisation adds or changes only its own row otherwise.
ALTER TABLE project_participant ENABLE ROW LEVEL SECURITY;
ALTER TABLE project_participant FORCE ROW LEVEL SECURITY;
CREATE POLICY project_participant_own ON project_participant
    USING (organisation_id = kw_tenant() OR kw_secretariat() OR kw_sector_aggregate())
    WITH CHECK (organisation_id = kw_tenant() OR kw_in_project(project_id));
-- Inviting another organisation writes its row, which the inviter then cannot read back: a separate
-- INSERT policy lets a participant insert rows for others.
CREATE POLICY project_participant_invite ON project_participant FOR INSERT
    WITH CHECK (kw_in_project(project_id));

DO $content$
DECLARE
    target text;
BEGIN
    FOREACH target IN ARRAY ARRAY['project_measure', 'project_indicator', 'project_indicator_value',
                                  'project_update', 'project_document'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', target);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', target);
        EXECUTE format('CREATE POLICY %I ON %I USING (kw_in_project(project_id))'
                       ' WITH CHECK (kw_in_project(project_id))', target || '_of_participants', target);
    END LOOP;
END
$content$;

-- Who takes part in a project: for a participant the organisations that joined; the secretariat also sees
-- who is invited or declined. An invitation to the companies that share a risk must not tell the inviter
-- which companies those are, so open invitations stay out of a participant's view.
CREATE FUNCTION kw_project_participants(project uuid)
    RETURNS TABLE (organisation_id uuid, role text, status text, joined_at timestamptz)
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    everyone boolean := kw_secretariat();
BEGIN
    IF NOT kw_in_project(project) THEN
        RETURN;
    END IF;
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    RETURN QUERY
        SELECT p.organisation_id, p.role, p.status, p.joined_at FROM project_participant p
         WHERE p.project_id = project AND (everyone OR p.status = 'JOINED')
         ORDER BY p.role, p.joined_at NULLS LAST, p.organisation_id;
    PERFORM set_config('ketenwijs.aggregate', '', true);
END
$$;

-- Of the candidates, those not yet in the project in any way (joined, invited or declined): whom an
-- invitation may still reach. The caller must have joined; it learns nothing of the others' status.
CREATE FUNCTION kw_project_newcomers(project uuid, candidates uuid[]) RETURNS uuid[]
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    newcomers uuid[];
BEGIN
    IF NOT kw_in_project(project) THEN
        RETURN '{}';
    END IF;
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    SELECT coalesce(array_agg(c ORDER BY c), '{}') INTO newcomers
      FROM unnest(candidates) AS c
     WHERE NOT EXISTS (SELECT 1 FROM project_participant p WHERE p.project_id = project AND p.organisation_id = c);
    PERFORM set_config('ketenwijs.aggregate', '', true);
    RETURN newcomers;
END
$$;

-- How many organisations have joined each project: a number, for the summaries that non-participants see.
CREATE FUNCTION kw_project_sizes(projects uuid[]) RETURNS TABLE (project_id uuid, joined integer)
    LANGUAGE plpgsql VOLATILE
    AS $$
BEGIN
    PERFORM set_config('ketenwijs.aggregate', 'on', true);
    RETURN QUERY
        SELECT p.project_id, count(*)::integer FROM project_participant p
         WHERE p.project_id = ANY (projects) AND p.status = 'JOINED' GROUP BY p.project_id;
    PERFORM set_config('ketenwijs.aggregate', '', true);
END
$$;
