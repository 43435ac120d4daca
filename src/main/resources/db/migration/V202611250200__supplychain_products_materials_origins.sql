-- A company's chain: what it sells, the raw materials in it, and where they come from. A trade secret:
-- only the company itself sees these rows. The policy has no platform clause, so neither the secretariat
-- nor a platform-scoped job reads them; what others see of chains are aggregates made for that purpose.
CREATE FUNCTION kw_isolate_company_rows(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY %I ON %s USING (organisation_id = kw_tenant())'
                   ' WITH CHECK (organisation_id = kw_tenant())', target::text || '_of_company', target);
END
$$;

CREATE TABLE product (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    article_code    text CHECK (length(article_code) BETWEEN 1 AND 50),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    -- Children name (id, organisation_id), so a row can never hang under another company's parent.
    UNIQUE (id, organisation_id)
);

CREATE UNIQUE INDEX product_name_unique ON product (organisation_id, lower(name));

-- A raw material as the company calls it, classified as a commodity of the knowledge base when it is one.
-- No foreign key to the knowledge base's list: a code that leaves the list turns the row unclassified
-- (a gap shown to the company) instead of blocking the list's update.
CREATE TABLE raw_material (
    id                 uuid PRIMARY KEY,
    organisation_id    uuid NOT NULL,
    product_id         uuid NOT NULL,
    name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    commodity_code     text CHECK (commodity_code ~ '^[a-z][a-z0-9_]{1,49}$'),
    share_percent      numeric(5, 2) CHECK (share_percent > 0 AND share_percent <= 100),
    volume_kg_per_year numeric(15, 3) CHECK (volume_kg_per_year >= 0),
    spend_eur          numeric(15, 2) CHECK (spend_eur >= 0),
    UNIQUE (id, organisation_id),
    FOREIGN KEY (product_id, organisation_id) REFERENCES product (id, organisation_id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX raw_material_name_unique ON raw_material (product_id, lower(name));
CREATE INDEX raw_material_commodity ON raw_material (organisation_id, commodity_code);

-- Where a raw material comes from; a null country is a recorded "we do not know", itself a finding.
CREATE TABLE material_origin (
    id              uuid PRIMARY KEY,
    organisation_id uuid NOT NULL,
    raw_material_id uuid NOT NULL,
    country_iso3    text CHECK (country_iso3 ~ '^[A-Z]{3}$'),
    UNIQUE (id, organisation_id),
    UNIQUE NULLS NOT DISTINCT (raw_material_id, country_iso3),
    FOREIGN KEY (raw_material_id, organisation_id) REFERENCES raw_material (id, organisation_id) ON DELETE CASCADE
);

CREATE INDEX material_origin_country ON material_origin (organisation_id, country_iso3);

SELECT kw_isolate_company_rows('product');
SELECT kw_isolate_company_rows('raw_material');
SELECT kw_isolate_company_rows('material_origin');
