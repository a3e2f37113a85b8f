-- お問い合わせ is now the city's `inquiry` form, an application like any other (issue 11). The
-- questions written on this device before move to `applications`, so none is lost: each keeps its
-- reference once received, or its refusal; one still waiting keeps its outbox item and its
-- idempotency key and is sent to the applications route the next time the sender runs. The
-- departments' cache (only the old page read it) goes.

-- The new local ids, in the old order, after the applications already here.
CREATE TEMP TABLE moved_inquiries (
    inquiry_id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL
);
INSERT INTO moved_inquiries (inquiry_id, application_id)
SELECT local_id,
       (SELECT coalesce(max(local_id), 0) FROM applications) + row_number() OVER (ORDER BY local_id)
FROM inquiries;

-- The answers as the form names them: how the city replies follows the contact given (an email
-- address first, as the old page listed it; the phone is kept only when it is the way to reply,
-- as a hidden field is not kept), and an empty contact is no answer (a null removes the key).
INSERT INTO applications (local_id, procedure, form_version, answers, created_at, reference, error)
SELECT m.application_id,
       'inquiry',
       1,
       json_patch(
           json_object(
               'department', i.department,
               'subject', i.subject,
               'message', i.message,
               'reply-by', CASE
                   WHEN coalesce(i.contact_email, '') <> '' THEN 'email'
                   WHEN coalesce(i.contact_phone, '') <> '' THEN 'phone'
                   ELSE 'none'
               END
           ),
           json_object(
               'contact-email', nullif(i.contact_email, ''),
               'contact-phone', CASE WHEN coalesce(i.contact_email, '') = '' THEN nullif(i.contact_phone, '') END,
               'contact-name', nullif(i.contact_name, '')
           )
       ),
       i.created_at,
       i.reference,
       -- A refusal as the applications keep it (the error as sent); every code a question could
       -- be refused with has its message at `error-<code>`.
       CASE WHEN i.error_code IS NOT NULL THEN json_object(
           'code', i.error_code,
           'messageId', 'error-' || replace(i.error_code, '_', '-')
       ) END
FROM inquiries i JOIN moved_inquiries m ON m.inquiry_id = i.local_id;

-- A question still waiting: the same item, now an application's, with the body that route takes.
UPDATE outbox
SET kind = 'application',
    resource = 'application/' || (SELECT application_id FROM moved_inquiries WHERE inquiry_id = outbox.local_id),
    local_id = (SELECT application_id FROM moved_inquiries WHERE inquiry_id = outbox.local_id),
    path = 'api/v1/applications',
    body = (
        SELECT json_object('procedure', 'inquiry', 'formVersion', 1, 'answers', json(a.answers), 'declared', json('false'))
        FROM applications a
        WHERE a.local_id = (SELECT application_id FROM moved_inquiries WHERE inquiry_id = outbox.local_id)
    )
WHERE kind = 'inquiry' AND local_id IN (SELECT inquiry_id FROM moved_inquiries);
-- An item whose question is not here could never be sent (it has no body worth sending).
DELETE FROM outbox WHERE kind = 'inquiry';

DROP TABLE moved_inquiries;
DROP TABLE inquiries;
DROP TABLE cached_departments;
DELETE FROM cache_meta WHERE resource = 'departments';
