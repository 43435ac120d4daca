-- Whether a new revision changed any of a pair's fifteen verdicts is decided on one digest of them all, kept
-- with the pair's judgement: every pair of the sector is judged again at each revision, and looking up each
-- verdict's level and reasons digest took the server about a seventh of a second per thousand pairs, though
-- most pairs come out as they were. The verdicts of a pair whose digest differs are compared one by one and
-- written as before (pair_risk.reasons_digest). A pair judged before has no digest: its verdicts are compared
-- once more, and it gets one. A pair whose verdicts went (its commodity or country left the lists) loses it.
ALTER TABLE pair_judgement ADD COLUMN verdicts_digest text;
