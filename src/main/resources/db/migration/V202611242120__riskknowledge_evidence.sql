-- The source rows behind inherent risk levels, per data set and edition, so that a new edition (the ILAB
-- 2024 list, a new WGI release) can be loaded next to the old one and compared before it is switched on.
-- Reference data like the countries: no organisation_id, no row-level security.
CREATE TABLE evidence_edition (
    data_set  text        NOT NULL CHECK (data_set ~ '^[a-z][a-z0-9_]{1,49}$'),
    edition   text        NOT NULL CHECK (length(edition) BETWEEN 1 AND 50),
    loaded_at timestamptz NOT NULL DEFAULT now(),
    -- The edition the rules read; at most one per data set, switched in one transaction.
    active    boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (data_set, edition)
);

CREATE UNIQUE INDEX evidence_edition_one_active ON evidence_edition (data_set) WHERE active;

-- One field of one source row, as the source writes it (text: 'Yes', '0.12', 'Unavailable', ''). The
-- subject says what the row is about within the country: an ILAB good, or '' for a country-level row.
-- A narrow table rather than one per data set: the rules cite data set, edition, field and value anyway.
CREATE TABLE evidence_value (
    data_set text NOT NULL,
    edition  text NOT NULL,
    iso3     text NOT NULL CHECK (iso3 ~ '^[A-Z]{3}$'),
    subject  text NOT NULL DEFAULT '' CHECK (length(subject) <= 100),
    field    text NOT NULL CHECK (field ~ '^[a-z][a-z0-9_]{1,49}$'),
    value    text NOT NULL CHECK (length(value) <= 200),
    PRIMARY KEY (data_set, edition, iso3, subject, field),
    FOREIGN KEY (data_set, edition) REFERENCES evidence_edition (data_set, edition) ON DELETE CASCADE
);
