-- What the register needs of a pair's suppliers to set the company's likelihood in the same single query
-- that ranks it: the certifications its supply holds (see CompanyChains) and whether an audit failed.
ALTER TABLE register_entry
    ADD COLUMN certifications text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN audit_failed   boolean NOT NULL DEFAULT false;
