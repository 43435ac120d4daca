-- Whether the chain had a pair the knowledge base cannot judge (a commodity or country not on its lists) when
-- the register was last evaluated from it. A register without such pairs, brought in line at or after the
-- last revision at which any pair of the sector changed, follows a knowledge change by a stamp alone, without
-- reading which pairs its chain sources. True until the next evaluation says otherwise.
ALTER TABLE register_evaluation ADD COLUMN unknown_pairs boolean NOT NULL DEFAULT true;
