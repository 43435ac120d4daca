-- The newest revision the sector's pairs have been judged at, looked up by each register a re-evaluation
-- follows (RegisterStanding.evaluated): an older revision's re-evaluation leaves a register to a newer one's
-- instead of bringing it in line with the older verdicts it read once for all registers.
CREATE INDEX pair_judgement_revision ON pair_judgement (revision);
