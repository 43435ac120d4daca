-- A complaint filed by a partner organisation (NGO or union) on someone's behalf: the case records which
-- organisation assisted, never which of its members typed it.
ALTER TABLE grievance_case ADD COLUMN assisted_by uuid REFERENCES organisation (id);
