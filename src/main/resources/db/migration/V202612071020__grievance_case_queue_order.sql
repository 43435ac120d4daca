-- The queue orders by received_at DESC, id DESC: the stage index now has the same order in both columns, so a
-- stage's page is read straight from it, and the view of every open case reads the index without a stage.
-- The reminder job looks only at clocks not yet met.
DROP INDEX grievance_case_queue;
CREATE INDEX grievance_case_queue ON grievance_case (status, received_at DESC, id DESC);
CREATE INDEX grievance_case_newest ON grievance_case (received_at DESC, id DESC);
CREATE INDEX grievance_case_to_acknowledge ON grievance_case (acknowledge_by) WHERE acknowledged_at IS NULL;
CREATE INDEX grievance_case_to_feed_back ON grievance_case (feedback_by) WHERE feedback_given_at IS NULL;
