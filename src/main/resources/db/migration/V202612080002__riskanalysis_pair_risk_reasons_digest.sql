-- Whether a new revision changed a verdict's reasons is decided on a digest of them, not on the reasons
-- themselves: every pair of the sector is judged again at each revision, and comparing fifteen reasons
-- documents per pair meant sending them all to the server and parsing them there (a thousand pairs took a
-- third of a second of the server's time), though they rarely change. Only the verdicts that differ are
-- sent with their reasons. A verdict written before has no digest: it is written once more, with one.
ALTER TABLE pair_risk ADD COLUMN reasons_digest text;
