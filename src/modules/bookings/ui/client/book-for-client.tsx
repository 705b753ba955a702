"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { addDays, formatInstant, localDateOf, type LocalDate } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import { useTRPC } from "~/trpc/react";
import { BookSlotActions } from "./book-slot-actions";
import { WEEK_DAYS, WeekSlotPicker } from "./week-slot-picker";

/**
 * Staff book a session for a client with the client's coach, at a free time of the coach's, written on the page's clock
 * (`zone` and `reader`, the viewer's, as the page's session list) so the time picked reads as the list will show it.
 * The minimum notice does not apply to them (see client-sessions.service.ts); the client gets the invitation by email.
 */
export function BookForClient({
  practiceSlug,
  clientId,
  zone,
  reader,
}: {
  practiceSlug: string;
  clientId: string;
  zone: string;
  reader: ViewerLocale;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const options = useQuery(trpc.clientSessions.staffOptions.queryOptions({ practiceSlug, clientId }));
  const [open, setOpen] = useState(false);
  const [typeId, setTypeId] = useState("");
  const [from, setFrom] = useState<LocalDate | null>(null);
  const [start, setStart] = useState<Date | null>(null);
  const [message, setMessage] = useState("");
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const coach = options.data?.coach;
  const firstDay = from ?? localDateOf(new Date(), zone);
  const slots = useQuery({
    ...trpc.clientSessions.staffSlots.queryOptions({
      practiceSlug,
      clientId,
      sessionTypeId: typeId,
      from: firstDay,
      to: addDays(firstDay, WEEK_DAYS - 1),
      timeZone: zone,
    }),
    enabled: Boolean(typeId && coach),
  });
  const book = useMutation(trpc.clientSessions.bookForClient.mutationOptions({ onSuccess: () => router.refresh() }));
  const problem = errorDetails(book.error);

  if (!options.data) return null;
  return (
    <Card>
      <CardHeader
        title="Book a session"
        description={
          coach
            ? `With ${coach.displayName}. Times in ${zoneLabel(zone, new Date())}.`
            : "Assign this client a coach to book sessions."
        }
        actions={
          coach &&
          !open && (
            <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
              Book a session
            </Button>
          )
        }
      />
      {open && coach && (
        <div className="space-y-4 px-5 py-4 text-sm">
          {book.data && (
            <Alert tone="success">
              Booked {book.data.sessionName} on {formatInstant(book.data.startAt, zone, reader)}. We've emailed{" "}
              {options.data.client.name} the invitation.
            </Alert>
          )}
          <form
            noValidate
            className="space-y-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (!start) return;
              book.mutate(
                { practiceSlug, clientId, sessionTypeId: typeId, start: start.toISOString(), message, requestId },
                {
                  onSuccess: () => {
                    setStart(null);
                    setMessage("");
                    setRequestId(crypto.randomUUID());
                  },
                },
              );
            }}
          >
            <SelectField
              label="Session type"
              value={typeId}
              onChange={(event) => {
                setTypeId(event.target.value);
                setStart(null);
              }}
            >
              <option value="">Choose a session type</option>
              {options.data.sessionTypes.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name} ({type.durationMinutes} min, {type.location})
                </option>
              ))}
            </SelectField>
            {typeId && (
              <WeekSlotPicker
                zone={zone}
                reader={reader}
                from={firstDay}
                onFromChange={(date) => {
                  setFrom(date);
                  setStart(null);
                }}
                starts={slots.data?.slots.map((slot) => slot.start)}
                selected={start}
                onSelect={setStart}
              />
            )}
            <TextAreaField
              label="Message to the client (optional)"
              value={message}
              maxLength={500}
              error={problem.fields.message}
              onChange={(event) => setMessage(event.target.value)}
            />
            <BookSlotActions
              start={start}
              zone={zone}
              reader={reader}
              pending={book.isPending}
              error={problem.message}
              leaveLabel="Close"
              onLeave={() => setOpen(false)}
            />
          </form>
        </div>
      )}
    </Card>
  );
}
