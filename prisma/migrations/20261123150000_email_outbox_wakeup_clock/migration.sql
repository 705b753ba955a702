-- The wake-up condition compared "runAt" with now(), which is the start of the transaction: an
-- email queued more than a second into a long transaction (an assignment that does several
-- writes first) looked "not due yet" and waited for the minute sweep. clock_timestamp() is the
-- moment of the insert itself.
DROP TRIGGER "EmailMessage_wakeup" ON "EmailMessage";

CREATE TRIGGER "EmailMessage_wakeup"
AFTER INSERT OR UPDATE OF "status", "runAt" ON "EmailMessage"
FOR EACH ROW
WHEN (NEW."status" = 'QUEUED' AND NEW."runAt" <= clock_timestamp() + interval '1 second')
EXECUTE FUNCTION "notify_email_outbox"();
