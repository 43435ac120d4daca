-- The quick scan: a guided first look at a company's chain, kept between steps so a person on a phone can
-- come back later. What was answered is one document (products, their raw materials, their origins); the
-- chain itself is written through the chain's own rules when the person confirms the origins. Company
-- data: only the company itself sees these rows.
CREATE TABLE quick_scan (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'done')),
    answers         jsonb NOT NULL DEFAULT '{"products": []}' CHECK (jsonb_typeof(answers -> 'products') = 'array'),
    -- The three first steps chosen, each a template code with the raw material it is about; the text is
    -- written from the template in the reader's language.
    steps           jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(steps) = 'array'),
    -- When the answers were last written into the chain; null until then.
    saved_to_chain  timestamptz,
    created_by      text NOT NULL CHECK (length(created_by) BETWEEN 1 AND 320),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, organisation_id)
);

CREATE INDEX quick_scan_organisation ON quick_scan (organisation_id, created_at DESC);

SELECT kw_isolate_company_rows('quick_scan');
