-- A company's own severity for a theme, replacing the default for every entry of that theme in its
-- register, with the reason (a company whose chain is mostly certified organic may weigh pesticides
-- differently, a company sourcing from conflict areas conflict higher). Append-only: the newest row per
-- theme counts; a row without a severity returns the theme to the default.
CREATE TABLE theme_severity (
    id              uuid PRIMARY KEY,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    theme           text        NOT NULL,
    severity        smallint    CHECK (severity BETWEEN 1 AND 5),
    reason          text        NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
    decided_by      text        NOT NULL,
    decided_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX theme_severity_newest ON theme_severity (organisation_id, theme, decided_at DESC);

SELECT kw_isolate_company_rows('theme_severity');
