-- A re-evaluation of every company's register after the knowledge base changed: a job the secretariat can
-- follow while it runs. Counts only, no company data, so the secretariat reads it without a tenant.
CREATE TABLE register_job (
    id           uuid PRIMARY KEY,
    -- What changed in the knowledge base: the event's kind and its details (data set and edition, or the
    -- raw material and theme of an expert entry), shown in the secretariat's words.
    kind         text        NOT NULL CHECK (kind IN ('edition', 'expert', 'shipped')),
    details      text[]      NOT NULL DEFAULT '{}',
    total        integer     NOT NULL CHECK (total >= 0),
    done         integer     NOT NULL DEFAULT 0 CHECK (done >= 0),
    failed       integer     NOT NULL DEFAULT 0 CHECK (failed >= 0),
    started_at   timestamptz NOT NULL DEFAULT now(),
    -- Raised with every progress report: a job whose instance died stops raising it and shows as interrupted.
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    CHECK (done + failed <= total)
);

CREATE INDEX register_job_started ON register_job (started_at DESC);
