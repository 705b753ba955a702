"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { InputField, SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { addDays, formatInstant, localDateOf, type LocalDate } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import type { IntakeQuestion } from "~/modules/scheduling/domain/session-types";
import { useTRPC } from "~/trpc/react";
import { BookSlotActions } from "./book-slot-actions";
import { WEEK_DAYS, WeekSlotPicker } from "./week-slot-picker";

interface OfferedType {
  id: string;
  name: string;
  durationMinutes: number;
  location: string;
  needsPhone: boolean;
  intakeQuestions: IntakeQuestion[];
}

/**
 * The client's next session and their coach's sessions to book, for their project workspace; with `bookingOnly`, just
 * the booking, for a page that lists the sessions itself (the home). Times are on the page's clock: `zone` and
 * `reader` come from the server, so the server and the browser write the same time.
 */
export function BookNextSession({
  practiceSlug,
  zone,
  reader,
  bookingOnly = false,
}: {
  practiceSlug: string;
  zone: string;
  reader: ViewerLocale;
  bookingOnly?: boolean;
}) {
  const trpc = useTRPC();
  const overview = useQuery(trpc.clientSessions.overview.queryOptions({ practiceSlug }));
  const [chosen, setChosen] = useState<OfferedType | null>(null);
  if (!overview.data) return null;
  const { upcoming, sessionTypes, coachName } = overview.data;
  const next = bookingOnly ? undefined : upcoming[0];
  return (
    <Card>
      <CardHeader
        title={next ? "Your sessions" : upcoming.length > 0 ? "Book another session" : "Book your next session"}
        description={
          coachName ? `With ${coachName}. Times in ${zoneLabel(zone, next?.startAt ?? new Date())}.` : undefined
        }
      />
      <div className="space-y-4 px-5 py-4 text-sm">
        {next && (
          <div className="space-y-1">
            <p className="text-ink">
              <span className="font-semibold">Your next session:</span> {next.sessionName},{" "}
              {formatInstant(next.startAt, zone, reader)}
            </p>
            {next.place && <p className="text-muted">Where: {next.place}</p>}
            <a className="text-brand-700 underline" href={next.manageUrl}>
              Change or cancel this session
            </a>
          </div>
        )}
        {sessionTypes.length === 0 ? (
          <p className="text-muted">Your coach has no sessions to book here yet.</p>
        ) : chosen ? (
          <SessionBooking
            practiceSlug={practiceSlug}
            type={chosen}
            zone={zone}
            reader={reader}
            onDone={() => setChosen(null)}
          />
        ) : (
          <ul className="divide-line divide-y" aria-label="Sessions you can book">
            {sessionTypes.map((type) => (
              <li key={type.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="text-ink font-medium">{type.name}</p>
                  <p className="text-muted">
                    {type.durationMinutes} minutes · {type.location}
                  </p>
                </div>
                <Button variant="secondary" size="sm" onClick={() => setChosen(type)}>
                  Book {type.name.toLowerCase()}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

function SessionBooking({
  practiceSlug,
  type,
  zone,
  reader,
  onDone,
}: {
  practiceSlug: string;
  type: OfferedType;
  zone: string;
  reader: ViewerLocale;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState<LocalDate>(() => localDateOf(new Date(), zone));
  const [start, setStart] = useState<Date | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [phone, setPhone] = useState("");
  // One id per opened form: a double click or a retry books once.
  const [requestId] = useState(() => crypto.randomUUID());
  const range = { practiceSlug, sessionTypeId: type.id, from, to: addDays(from, WEEK_DAYS - 1), timeZone: zone };
  const slots = useQuery(trpc.clientSessions.slots.queryOptions(range));
  const book = useMutation(
    trpc.clientSessions.book.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.clientSessions.overview.queryKey() }),
    }),
  );
  const problem = errorDetails(book.error);

  if (book.data) {
    const made = book.data;
    return (
      <div role="status" className="space-y-2">
        <Alert tone="success">
          Booked: {made.sessionName} with {made.coachName}, {formatInstant(made.startAt, zone, reader)}.
        </Alert>
        {made.place && <p className="text-ink">Where: {made.place}</p>}
        <p className="text-muted">We've emailed you the details with a calendar invitation.</p>
        <div className="flex flex-wrap gap-3">
          <a className="text-brand-700 underline" href={made.manageUrl}>
            Change or cancel this session
          </a>
          <Button variant="ghost" size="sm" onClick={onDone}>
            Done
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!start) return;
        book.mutate({
          practiceSlug,
          sessionTypeId: type.id,
          start: start.toISOString(),
          answers,
          phone: type.needsPhone ? phone : undefined,
          requestId,
        });
      }}
    >
      <h3 className="text-ink font-semibold">
        {type.name} · {type.durationMinutes} minutes · {type.location}
      </h3>
      <WeekSlotPicker
        zone={zone}
        reader={reader}
        from={from}
        onFromChange={(date) => {
          setFrom(date);
          setStart(null);
        }}
        starts={slots.data?.slots.map((slot) => slot.start)}
        selected={start}
        onSelect={setStart}
      />
      {type.intakeQuestions.map((question) => (
        <IntakeQuestionField
          key={question.id}
          question={question}
          value={answers[question.id] ?? ""}
          error={problem.fields[`answers.${question.id}`]}
          onChange={(value) => setAnswers((given) => ({ ...given, [question.id]: value }))}
        />
      ))}
      {type.needsPhone && (
        <InputField
          label="Your phone number"
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={problem.fields.phone}
        />
      )}
      <BookSlotActions
        start={start}
        zone={zone}
        reader={reader}
        pending={book.isPending}
        error={problem.message}
        leaveLabel="Back"
        onLeave={onDone}
      />
    </form>
  );
}

function IntakeQuestionField({
  question,
  value,
  error,
  onChange,
}: {
  question: IntakeQuestion;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const label = question.required ? question.label : `${question.label} (optional)`;
  if (question.kind === "SINGLE_CHOICE") {
    return (
      <SelectField label={label} value={value} error={error} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose one</option>
        {question.options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </SelectField>
    );
  }
  const Control = question.kind === "LONG_TEXT" ? TextAreaField : InputField;
  return (
    <Control
      label={label}
      value={value}
      maxLength={question.maxLength}
      error={error}
      onChange={(event: React.ChangeEvent<HTMLInputElement & HTMLTextAreaElement>) => onChange(event.target.value)}
    />
  );
}
