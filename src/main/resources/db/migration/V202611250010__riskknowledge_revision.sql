-- One counter that every change of the knowledge base (an edition switched on, an expert entry edited)
-- raises in the same transaction as the change. App instances keep the evidence in memory and compare this
-- number to notice a change made by another instance, without listening to each other.
CREATE TABLE knowledge_revision (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    revision  bigint  NOT NULL
);

INSERT INTO knowledge_revision (revision) VALUES (1);
