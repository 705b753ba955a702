-- Wakes the email workers (LISTEN email_outbox) when an email becomes due now. NOTIFY is
-- transactional: it is delivered at commit, so a worker never sees a row that was rolled back,
-- and every writer (web request, webhook, script) wakes the workers without knowing about them.
-- (The body's semicolons are written \073 in an E'' string: the offline migration runner splits
-- statements on every semicolon, even inside quotes.)
CREATE FUNCTION "notify_email_outbox"() RETURNS trigger LANGUAGE plpgsql
AS E'BEGIN PERFORM pg_notify(''email_outbox'', NEW."id")\073 RETURN NULL\073 END';

CREATE TRIGGER "EmailMessage_wakeup"
AFTER INSERT OR UPDATE OF "status", "runAt" ON "EmailMessage"
FOR EACH ROW
-- A second of slack: "runAt" is stored to the millisecond, rounded, so it can be a fraction past
-- now(). A wake-up a moment early only finds the email not due yet, and the sweep sends it.
WHEN (NEW."status" = 'QUEUED' AND NEW."runAt" <= now() + interval '1 second')
EXECUTE FUNCTION "notify_email_outbox"();
