-- Reference data like the countries: written by the start-up loader from the curated list in the jar.
CREATE TABLE commodity (
    code     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,49}$'),
    category text NOT NULL CHECK (category ~ '^[a-z][a-z_]{1,49}$'),
    name_en  text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
    name_nl  text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 100)
);

CREATE TABLE commodity_synonym (
    commodity_code text NOT NULL REFERENCES commodity (code) ON DELETE CASCADE,
    language       text NOT NULL CHECK (language IN ('nl', 'en')),
    synonym        text NOT NULL CHECK (length(synonym) BETWEEN 1 AND 100),
    PRIMARY KEY (commodity_code, language, synonym)
);

-- HS 2022 headings (4 digits) or subheadings (6 digits); one code may serve more than one commodity.
CREATE TABLE commodity_hs_code (
    commodity_code text NOT NULL REFERENCES commodity (code) ON DELETE CASCADE,
    hs_code        text NOT NULL CHECK (hs_code ~ '^[0-9]{4}([0-9]{2})?$'),
    PRIMARY KEY (commodity_code, hs_code)
);

CREATE INDEX commodity_hs_code_code ON commodity_hs_code (hs_code);

-- The goods of the ILAB list a commodity covers, by ILAB's own name (composed, Unicode NFC).
CREATE TABLE commodity_ilab_good (
    commodity_code text NOT NULL REFERENCES commodity (code) ON DELETE CASCADE,
    ilab_good      text NOT NULL CHECK (length(ilab_good) BETWEEN 1 AND 100),
    PRIMARY KEY (ilab_good, commodity_code)
);
