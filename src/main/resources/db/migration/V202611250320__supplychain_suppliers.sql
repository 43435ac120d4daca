-- The suppliers that bring a company's raw materials, over several tiers, with their certifications and
-- last audit. Company data like the rest of the chain: only the company itself sees these rows.
CREATE TABLE supplier (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind            text NOT NULL CHECK (kind IN ('trader', 'processor', 'manufacturer', 'exporter', 'cooperative',
                                                  'plantation', 'farm', 'factory', 'other')),
    country_iso3    text CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    place           text CHECK (length(place) BETWEEN 1 AND 200),
    address         text CHECK (length(address) BETWEEN 1 AND 500),
    -- Codes of the fixed list the application knows (Certification); a set, so sorted and without repeats.
    certifications  text[] NOT NULL DEFAULT '{}' CHECK (certifications <@ ARRAY['fairtrade', 'rainforest_alliance',
                        'rspo', 'organic', 'msc', 'asc', 'bonsucro', 'proterra', 'rtrs', 'utz', 'other']),
    audit_date      date,
    audit_scheme    text CHECK (length(audit_scheme) BETWEEN 1 AND 200),
    audit_result    text CHECK (audit_result IN ('passed', 'conditional', 'failed')),
    audit_note      text CHECK (length(audit_note) BETWEEN 1 AND 2000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    -- An audit is recorded with its date and result, or not at all.
    CHECK ((audit_date IS NULL) = (audit_result IS NULL)),
    UNIQUE (id, organisation_id)
);

CREATE UNIQUE INDEX supplier_name_unique ON supplier (organisation_id, lower(name));

-- A supplier on the way of a raw material from one origin, at a tier: 1 is the company's direct supplier,
-- higher numbers are closer to the origin (trader 1, processor 2, plantation 3). Both sides name
-- (id, organisation_id), so a link never joins two companies' rows.
CREATE TABLE origin_supplier (
    id                 uuid PRIMARY KEY,
    organisation_id    uuid NOT NULL,
    material_origin_id uuid NOT NULL,
    supplier_id        uuid NOT NULL,
    tier               smallint NOT NULL CHECK (tier BETWEEN 1 AND 5),
    UNIQUE (id, organisation_id),
    UNIQUE (material_origin_id, supplier_id),
    FOREIGN KEY (material_origin_id, organisation_id)
        REFERENCES material_origin (id, organisation_id) ON DELETE CASCADE,
    FOREIGN KEY (supplier_id, organisation_id) REFERENCES supplier (id, organisation_id) ON DELETE CASCADE
);

CREATE INDEX origin_supplier_supplier ON origin_supplier (supplier_id);

SELECT kw_isolate_company_rows('supplier');
SELECT kw_isolate_company_rows('origin_supplier');
