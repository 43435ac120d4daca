-- A register re-evaluated after a knowledge change only has work to do when one of its pairs' levels moved.
-- A new revision re-judges every pair of the sector, but most verdicts come out as they were: an edition
-- published again, an expert note on one raw material. Until now every register was nevertheless read
-- from its whole chain again and compared entry by entry, a thousand companies' chains for nothing.
--
-- pair_judgement.changed_revision is the revision at which one of the pair's levels last changed (or the
-- pair was first judged); register_evaluation.knowledge_revision the revision the register was last brought
-- in line with. A register none of whose pairs changed since is current as it is. Reasons that change without
-- a level do not count: the register stores levels and reads the reasons where they are kept.
ALTER TABLE pair_judgement ADD COLUMN changed_revision bigint;
UPDATE pair_judgement SET changed_revision = revision;
ALTER TABLE pair_judgement ALTER COLUMN changed_revision SET NOT NULL;

-- Null for a register not evaluated since this column came: its next evaluation reads the whole chain.
ALTER TABLE register_evaluation ADD COLUMN knowledge_revision bigint;
