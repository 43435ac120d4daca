-- Photos sent with a complaint, decoded and encoded again without metadata, AES-GCM under the case's key
-- like everything else the person sent; held in the same transaction as the case, so a receipt never
-- names a case whose photos are missing. The original file is not kept.
CREATE TABLE grievance_photo (
    id           uuid PRIMARY KEY,
    case_id      uuid NOT NULL REFERENCES grievance_case (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    body         bytea NOT NULL,
    UNIQUE (case_id, position)
);

SELECT kw_isolate_complaint_rows('grievance_photo');
