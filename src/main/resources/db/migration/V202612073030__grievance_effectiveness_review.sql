-- The yearly review of the complaints mechanism against the eight effectiveness criteria of UN Guiding
-- Principle 31, kept by the secretariat: per year and criterion an assessment and a status.
CREATE TABLE grievance_effectiveness_review (
    year        integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    criterion   text NOT NULL CHECK (criterion IN ('LEGITIMATE', 'ACCESSIBLE', 'PREDICTABLE', 'EQUITABLE',
                                                   'TRANSPARENT', 'RIGHTS_COMPATIBLE', 'CONTINUOUS_LEARNING',
                                                   'ENGAGEMENT_AND_DIALOGUE')),
    status      text NOT NULL CHECK (status IN ('NOT_ASSESSED', 'MET', 'PARTLY_MET', 'NOT_MET')),
    assessment  text NOT NULL CHECK (length(assessment) <= 5000),
    updated_by  uuid NOT NULL REFERENCES app_user (id),
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (year, criterion)
);

SELECT kw_isolate_complaint_rows('grievance_effectiveness_review');
