-- Documents (PDF) and voice notes sent with a complaint or added later on the follow-up page. Like photos,
-- the copy handlers and companies download is cleaned of what metadata can be removed and stored AES-GCM
-- under the case's key, in the same transaction as the case. The file name is never kept.
CREATE TABLE grievance_attachment (
    id           uuid PRIMARY KEY,
    case_id      uuid NOT NULL REFERENCES grievance_case (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('DOCUMENT', 'VOICE_NOTE')),
    content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'audio/amr', 'audio/amr-wb', 'audio/3gpp',
                                                      'audio/mp4', 'audio/ogg', 'audio/mpeg', 'audio/wav')),
    added_at     timestamptz NOT NULL,
    body         bytea NOT NULL,
    -- The file as it came, encrypted, only with ketenwijs.complaints.keep-originals=true, for handlers.
    original     bytea
);
CREATE INDEX grievance_attachment_case ON grievance_attachment (case_id, added_at);

SELECT kw_isolate_complaint_rows('grievance_attachment');

-- A photo's original file, under the same setting (off by default: then never stored).
ALTER TABLE grievance_photo ADD COLUMN original bytea;
