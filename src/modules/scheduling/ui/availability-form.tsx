"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { NumberField } from "~/components/ui/labelled-controls";
import { Alert, Badge, Card, CardHeader, EmptyState } from "~/components/ui/surface";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import { cn } from "~/lib/cn";
import {
  addDays,
  isLocalDate,
  localDateOf,
  localTimeToMinutes,
  minutesToLocalTime,
  zoneOffsetLabel,
  type IsoWeekday,
} from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { END_OF_DAY, MAX_DATE_OVERRIDES, MAX_RANGES_PER_DAY, WEEKDAY_LABELS } from "../schemas";
import type { AvailabilityView } from "../server/availability.service";

// ── Draft state ─────────────────────────────────────────────────────────────────────────────────────────────────────
// The form edits strings (an emptied number box stays empty) and keeps all seven weekdays, so unticking a day and
// ticking it again brings its hours back. The input sent to the server is built from it on submit.

interface RangeDraft {
  start: string;
  end: string;
}
interface DayDraft {
  weekday: IsoWeekday;
  available: boolean;
  ranges: RangeDraft[];
}
interface OverrideDraft {
  key: string;
  date: string;
  dayOff: boolean;
  ranges: RangeDraft[];
}
interface Draft {
  bookingEnabled: boolean;
  displayName: string;
  headline: string;
  slug: string;
  timeZone: string;
  days: DayDraft[];
  overrides: OverrideDraft[];
  sessionMinutes: string;
  slotIntervalMinutes: string;
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  minimumNoticeHours: string;
  horizonDays: string;
  maxSessionsPerDay: string;
}

const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const DEFAULT_RANGE: RangeDraft = { start: "09:00", end: "17:00" };
const copyRanges = (ranges: RangeDraft[]) => ranges.map(({ start, end }) => ({ start, end }));

function draftFrom(view: AvailabilityView, keyPrefix: string): Draft {
  return {
    bookingEnabled: view.bookingEnabled,
    displayName: view.displayName,
    headline: view.headline ?? "",
    slug: view.slug,
    timeZone: view.timeZone,
    days: WEEKDAYS.map((weekday) => {
      const ranges = view.weekly.find((day) => day.weekday === weekday)?.ranges ?? [];
      return { weekday, available: ranges.length > 0, ranges: copyRanges(ranges) };
    }),
    overrides: view.overrides.map((override, index) => ({
      key: `${keyPrefix}-${index}`,
      date: override.date,
      dayOff: override.ranges.length === 0,
      ranges: override.ranges.length ? copyRanges(override.ranges) : [{ ...DEFAULT_RANGE }],
    })),
    sessionMinutes: String(view.sessionMinutes),
    slotIntervalMinutes: String(view.slotIntervalMinutes),
    bufferBeforeMinutes: String(view.bufferBeforeMinutes),
    bufferAfterMinutes: String(view.bufferAfterMinutes),
    minimumNoticeHours: String(view.minimumNoticeMinutes / 60),
    horizonDays: String(view.horizonDays),
    maxSessionsPerDay: view.maxSessionsPerDay === null ? "" : String(view.maxSessionsPerDay),
  };
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Thu 24 Dec 2026" for a calendar date (read at UTC midnight, so no zone can move it to another day). */
function friendlyDate(date: string): string {
  if (!isLocalDate(date)) return "this date";
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** An empty box becomes NaN, which the server's schema answers with "Enter …" on that field. */
const numberFrom = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

function inputFrom(draft: Draft, practiceSlug: string) {
  return {
    practiceSlug,
    displayName: draft.displayName,
    headline: draft.headline,
    bookingEnabled: draft.bookingEnabled,
    timeZone: draft.timeZone,
    slug: draft.slug,
    weekly: draft.days
      .filter((day) => day.available && day.ranges.length > 0)
      .map((day) => ({ weekday: day.weekday, ranges: copyRanges(day.ranges) })),
    overrides: draft.overrides.map((override) => ({
      date: override.date,
      ranges: override.dayOff ? [] : copyRanges(override.ranges),
    })),
    sessionMinutes: numberFrom(draft.sessionMinutes),
    slotIntervalMinutes: numberFrom(draft.slotIntervalMinutes),
    bufferBeforeMinutes: numberFrom(draft.bufferBeforeMinutes),
    bufferAfterMinutes: numberFrom(draft.bufferAfterMinutes),
    minimumNoticeMinutes: Math.round(numberFrom(draft.minimumNoticeHours) * 60),
    horizonDays: numberFrom(draft.horizonDays),
    maxSessionsPerDay: draft.maxSessionsPerDay.trim() === "" ? null : numberFrom(draft.maxSessionsPerDay),
  };
}

/** A range to add after the day's last one: the hour after it, or the usual 09:00–17:00 on an empty day. */
function nextRange(ranges: RangeDraft[]): RangeDraft {
  const last = ranges.at(-1);
  if (!last) return { ...DEFAULT_RANGE };
  const lastEnd = last.end === END_OF_DAY ? 24 * 60 : safeMinutes(last.end);
  const start = Math.min(lastEnd + 60, 22 * 60);
  return { start: minutesToLocalTime(start), end: start + 60 >= 24 * 60 ? END_OF_DAY : minutesToLocalTime(start + 60) };
}

function safeMinutes(time: string) {
  try {
    return localTimeToMinutes(time);
  } catch {
    return 16 * 60;
  }
}

// ── Server field errors ─────────────────────────────────────────────────────────────────────────────────────────────
// The server names fields by their place in the input it got (`weekly.0.ranges.1.end`). Unticked days and the
// order of overrides make that differ from the form's rows, so the rows sent are remembered and the paths mapped back.

interface RangeErrors {
  start?: string;
  end?: string;
}
interface DayErrors {
  day?: string;
  date?: string;
  ranges: Record<number, RangeErrors>;
}
interface Sent {
  weekdays: IsoWeekday[];
  overrideKeys: string[];
}

function groupErrors(fields: Record<string, string>, sent: Sent) {
  const days = new Map<IsoWeekday, DayErrors>();
  const overrides = new Map<string, DayErrors>();
  const simple: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^(weekly|overrides)\.(\d+)(?:\.(weekday|date|ranges)(?:\.(\d+)\.(start|end))?)?$/.exec(path);
    const row =
      match && (match[1] === "weekly" ? sent.weekdays[Number(match[2])] : sent.overrideKeys[Number(match[2])]);
    if (!match || row === undefined) {
      simple[path] ??= message;
      continue;
    }
    const map = (match[1] === "weekly" ? days : overrides) as Map<typeof row, DayErrors>;
    const errors = map.get(row) ?? { ranges: {} };
    map.set(row, errors);
    if (match[4] !== undefined) {
      const range = (errors.ranges[Number(match[4])] ??= {});
      range[match[5] as "start" | "end"] ??= message;
    } else if (match[3] === "date") {
      errors.date ??= message;
    } else {
      errors.day ??= message;
    }
  }
  return { days, overrides, simple };
}

// ── Form ────────────────────────────────────────────────────────────────────────────────────────────────────────────

interface Props {
  practiceSlug: string;
  availability: AvailabilityView;
  zones: string[];
}

export function AvailabilityForm({ practiceSlug, availability, zones }: Props) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState(() => draftFrom(availability, "saved"));
  const [exists, setExists] = useState(availability.exists);
  const [dirty, setDirty] = useState(false);
  const keys = useRef(0);
  const sent = useRef<Sent>({ weekdays: [], overrideKeys: [] });
  const ids = useId();

  const save = useMutation(
    trpc.scheduling.updateAvailability.mutationOptions({
      onSuccess: (saved) => {
        setDraft(draftFrom(saved, `saved${keys.current++}`));
        setExists(true);
        setDirty(false);
      },
    }),
  );
  const { message, fields } = errorDetails(save.error);
  const errors = groupErrors(fields, sent.current);
  const simple = errors.simple;
  const problemCount = Object.keys(fields).length;

  const edit = (change: (draft: Draft) => Draft) => {
    setDraft(change);
    setDirty(true);
  };
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      edit((current) => ({ ...current, [key]: value }));
  const editDay = (weekday: IsoWeekday, change: (day: DayDraft) => DayDraft) =>
    edit((current) => ({
      ...current,
      days: current.days.map((day) => (day.weekday === weekday ? change(day) : day)),
    }));
  const editOverride = (key: string, change: (override: OverrideDraft) => OverrideDraft) =>
    edit((current) => ({
      ...current,
      overrides: current.overrides.map((override) => (override.key === key ? change(override) : override)),
    }));

  // "Today" in the coach's zone, for marking past overrides and dating a new one. Read after hydration so the server
  // and browser render the same thing.
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(localDateOf(new Date(), draft.timeZone)), [draft.timeZone]);

  const addOverride = () =>
    edit((current) => {
      const taken = new Set(current.overrides.map((override) => override.date));
      let date = today ?? localDateOf(new Date(), current.timeZone);
      const latest = current.overrides
        .map((override) => override.date)
        .sort()
        .at(-1);
      if (latest && latest >= date && isLocalDate(latest)) date = addDays(latest, 1);
      while (taken.has(date)) date = addDays(date, 1);
      return {
        ...current,
        overrides: [
          ...current.overrides,
          { key: `new-${keys.current++}`, date, dayOff: true, ranges: [{ ...DEFAULT_RANGE }] },
        ],
      };
    });

  const monday = draft.days[0]!;
  const bookingPath = `/book/${practiceSlug}/${draft.slug || "…"}`;

  return (
    <form
      className="max-w-3xl space-y-6"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const input = inputFrom(draft, practiceSlug);
        sent.current = {
          weekdays: input.weekly.map((day) => day.weekday),
          overrideKeys: draft.overrides.map((override) => override.key),
        };
        save.mutate(input);
      }}
    >
      {!exists && (
        <Alert tone="brand" title="Set up your booking page">
          We’ve filled in suggested hours to start from. Adjust them and save — clients can book you once you do.
        </Alert>
      )}

      <Card>
        <CardHeader
          title="Booking page"
          description="What clients see when they book a session with you."
          actions={
            <BookingSwitch
              checked={draft.bookingEnabled}
              onChange={set("bookingEnabled")}
              error={simple.bookingEnabled}
            />
          }
        />
        <div className="grid gap-5 p-5 sm:grid-cols-2">
          <Field label="Public name" error={simple.displayName}>
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                value={draft.displayName}
                onChange={(event) => set("displayName")(event.target.value)}
                maxLength={80}
                autoComplete="name"
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </Field>
          <Field label="Headline (optional)" error={simple.headline} hint="One line under your name.">
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                value={draft.headline}
                onChange={(event) => set("headline")(event.target.value)}
                maxLength={140}
                placeholder="Career coach for first-time managers"
                aria-describedby={describedBy}
                invalid={invalid}
              />
            )}
          </Field>
          <div className="sm:col-span-2">
            <Field
              label="Booking page address"
              error={simple.slug}
              hint={
                <>
                  Your page: <span className="text-ink font-mono break-all">{bookingPath}</span>
                </>
              }
            >
              {({ id, describedBy, invalid }) => (
                <div className="flex min-w-0 items-stretch">
                  <span
                    className="border-line text-muted hidden max-w-[60%] shrink-0 items-center rounded-l-lg border border-r-0 bg-slate-50 px-3 font-mono text-sm sm:flex"
                    aria-hidden="true"
                  >
                    <span className="truncate">/book/{practiceSlug}/</span>
                  </span>
                  <Input
                    id={id}
                    value={draft.slug}
                    onChange={(event) => set("slug")(event.target.value.toLowerCase())}
                    maxLength={40}
                    autoCapitalize="none"
                    autoCorrect="off"
                    spellCheck={false}
                    className="min-w-0 flex-1 font-mono sm:rounded-l-none"
                    aria-describedby={describedBy}
                    invalid={invalid}
                  />
                </div>
              )}
            </Field>
          </div>
          <div className="sm:col-span-2">
            <Field
              label="Time zone"
              error={simple.timeZone}
              hint="Your hours below are in this zone. Clients see times in their own."
            >
              {({ id, describedBy, invalid }) => (
                <div
                  onChange={(event) => {
                    // TimeZoneSelect keeps its own value; its change events bubble up to here.
                    const target = event.target;
                    if (target instanceof HTMLSelectElement && target.name === "timeZone")
                      set("timeZone")(target.value);
                  }}
                >
                  <TimeZoneSelect
                    id={id}
                    name="timeZone"
                    zones={zones}
                    defaultValue={draft.timeZone}
                    aria-describedby={describedBy}
                    invalid={invalid}
                  />
                </div>
              )}
            </Field>
          </div>
        </div>
      </Card>

      <Card>
        <CardHeader
          title="Weekly hours"
          description={
            <>
              When you can be booked each week, in {draft.timeZone.replaceAll("_", " ")} (
              <TimeZoneOffset zone={draft.timeZone} />
              ).
            </>
          }
          actions={
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() =>
                edit((current) => ({
                  ...current,
                  days: current.days.map((day) =>
                    day.weekday >= 2 && day.weekday <= 5
                      ? { ...day, available: monday.available, ranges: copyRanges(monday.ranges) }
                      : day,
                  ),
                }))
              }
            >
              <CopyIcon />
              Copy Monday to Tue–Fri
            </Button>
          }
        />
        {errors.simple.weekly && (
          <div className="px-5 pt-4">
            <Alert tone="danger">{errors.simple.weekly}</Alert>
          </div>
        )}
        <ul className="divide-line divide-y">
          {draft.days.map((day) => {
            const dayErrors = errors.days.get(day.weekday);
            const name = WEEKDAY_LABELS[day.weekday - 1]!;
            const checkboxId = `${ids}-day-${day.weekday}`;
            return (
              <li key={day.weekday} className="flex flex-col gap-2 px-5 py-4 sm:flex-row sm:items-start sm:gap-4">
                <div className="flex items-center gap-3 sm:h-10 sm:w-40 sm:shrink-0">
                  <input
                    id={checkboxId}
                    type="checkbox"
                    checked={day.available}
                    onChange={(event) =>
                      editDay(day.weekday, (current) => ({
                        ...current,
                        available: event.target.checked,
                        ranges:
                          event.target.checked && !current.ranges.length ? [{ ...DEFAULT_RANGE }] : current.ranges,
                      }))
                    }
                    className="accent-brand-700 size-4 cursor-pointer"
                  />
                  <label htmlFor={checkboxId} className="text-ink cursor-pointer text-sm font-medium">
                    {name}
                    <span className="sr-only"> available</span>
                  </label>
                </div>
                <div className="min-w-0 flex-1">
                  {day.available ? (
                    <RangesEditor
                      label={name}
                      idBase={`${ids}-w${day.weekday}`}
                      ranges={day.ranges}
                      errors={dayErrors}
                      onChange={(ranges) =>
                        editDay(day.weekday, (current) => ({ ...current, ranges, available: ranges.length > 0 }))
                      }
                    />
                  ) : (
                    <p className="text-muted text-sm sm:leading-10">Unavailable</p>
                  )}
                  {dayErrors?.day && (
                    <p role="alert" className="mt-1 text-xs font-medium text-red-600">
                      {dayErrors.day}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
        <p className="border-line text-muted border-t px-5 py-3 text-xs">
          To work until midnight, set the end time to 00:00. Ranges of one day may touch but not overlap.
        </p>
      </Card>

      <Card>
        <CardHeader
          title="Date overrides"
          description="Days off or different hours on particular dates."
          actions={
            draft.overrides.length > 0 && (
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={addOverride}
                disabled={draft.overrides.length >= MAX_DATE_OVERRIDES}
              >
                <PlusIcon />
                Add a date
              </Button>
            )
          }
        />
        {errors.simple.overrides && (
          <div className="px-5 pt-4">
            <Alert tone="danger">{errors.simple.overrides}</Alert>
          </div>
        )}
        {draft.overrides.length === 0 ? (
          <div className="p-5">
            <EmptyState
              title="No date overrides"
              description="Add a date for a holiday, a conference or an evening you can open up."
              action={
                <Button type="button" variant="secondary" size="sm" onClick={addOverride}>
                  <PlusIcon />
                  Add a date
                </Button>
              }
            />
          </div>
        ) : (
          <ul className="divide-line divide-y">
            {draft.overrides.map((override) => {
              const overrideErrors = errors.overrides.get(override.key);
              const dateId = `${ids}-${override.key}-date`;
              const dateErrorId = `${dateId}-error`;
              const label = friendlyDate(override.date);
              return (
                <li key={override.key} className="grid gap-4 px-5 py-4 sm:grid-cols-[11rem_1fr_auto] sm:items-start">
                  <div className="space-y-1.5">
                    <label htmlFor={dateId} className="text-ink flex items-center gap-2 text-sm font-medium">
                      Date
                      {today && override.date && override.date < today && <Badge>Past</Badge>}
                    </label>
                    <Input
                      id={dateId}
                      type="date"
                      value={override.date}
                      onChange={(event) => editOverride(override.key, (o) => ({ ...o, date: event.target.value }))}
                      aria-describedby={overrideErrors?.date ? dateErrorId : undefined}
                      invalid={Boolean(overrideErrors?.date)}
                    />
                    {overrideErrors?.date && (
                      <p id={dateErrorId} role="alert" className="text-xs font-medium text-red-600">
                        {overrideErrors.date}
                      </p>
                    )}
                  </div>
                  <fieldset className="min-w-0 space-y-3">
                    <legend className="text-ink mb-1.5 text-sm font-medium">Hours on {label}</legend>
                    <div className="border-line inline-flex rounded-lg border bg-slate-50 p-0.5">
                      {[
                        { value: true, text: "Day off" },
                        { value: false, text: "Custom hours" },
                      ].map((option) => (
                        <label
                          key={option.text}
                          className={cn(
                            "has-focus-visible:outline-brand-600 cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium has-focus-visible:outline-2",
                            override.dayOff === option.value
                              ? "text-ink bg-white shadow-sm"
                              : "text-muted hover:text-ink",
                          )}
                        >
                          <input
                            type="radio"
                            name={`${ids}-${override.key}-mode`}
                            className="sr-only"
                            checked={override.dayOff === option.value}
                            onChange={() =>
                              editOverride(override.key, (o) => ({
                                ...o,
                                dayOff: option.value,
                                ranges: o.ranges.length ? o.ranges : [{ ...DEFAULT_RANGE }],
                              }))
                            }
                          />
                          {option.text}
                        </label>
                      ))}
                    </div>
                    {!override.dayOff && (
                      <RangesEditor
                        label={label}
                        idBase={`${ids}-${override.key}`}
                        ranges={override.ranges}
                        errors={overrideErrors}
                        onChange={(ranges) =>
                          editOverride(override.key, (o) =>
                            ranges.length ? { ...o, ranges } : { ...o, dayOff: true, ranges: [{ ...DEFAULT_RANGE }] },
                          )
                        }
                      />
                    )}
                    {overrideErrors?.day && (
                      <p role="alert" className="text-xs font-medium text-red-600">
                        {overrideErrors.day}
                      </p>
                    )}
                  </fieldset>
                  <div className="sm:pt-7">
                    <Button
                      type="button"
                      variant="ghost"
                      size="sm"
                      className="text-red-700 hover:bg-red-50"
                      aria-label={`Remove the override for ${label}`}
                      onClick={() =>
                        edit((current) => ({
                          ...current,
                          overrides: current.overrides.filter((o) => o.key !== override.key),
                        }))
                      }
                    >
                      <TrashIcon />
                      Remove
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Card>

      <Card>
        <CardHeader title="Session rules" description="How long sessions are and how clients can book them." />
        <div className="grid gap-5 p-5 sm:grid-cols-2 lg:grid-cols-3">
          <NumberField
            label="Session length"
            unit="min"
            value={draft.sessionMinutes}
            onValueChange={set("sessionMinutes")}
            error={simple.sessionMinutes}
            hint="10 to 120 minutes."
            min={10}
            max={120}
            step={5}
          />
          <NumberField
            label="Start times every"
            unit="min"
            value={draft.slotIntervalMinutes}
            onValueChange={set("slotIntervalMinutes")}
            error={simple.slotIntervalMinutes}
            hint="Counted from midnight in your time zone: 20 gives :00, :20, :40."
            min={5}
            max={120}
            step={5}
          />
          <NumberField
            label="Buffer before"
            unit="min"
            value={draft.bufferBeforeMinutes}
            onValueChange={set("bufferBeforeMinutes")}
            error={simple.bufferBeforeMinutes}
            hint="Kept free before each session."
            min={0}
            max={120}
            step={5}
          />
          <NumberField
            label="Buffer after"
            unit="min"
            value={draft.bufferAfterMinutes}
            onValueChange={set("bufferAfterMinutes")}
            error={simple.bufferAfterMinutes}
            hint="Kept free after each session."
            min={0}
            max={120}
            step={5}
          />
          <NumberField
            label="Minimum notice"
            unit="hours"
            value={draft.minimumNoticeHours}
            onValueChange={set("minimumNoticeHours")}
            error={simple.minimumNoticeMinutes}
            hint="How soon before a session it can be booked."
            min={0}
            max={336}
            step={0.5}
            decimal
          />
          <NumberField
            label="Booking horizon"
            unit="days"
            value={draft.horizonDays}
            onValueChange={set("horizonDays")}
            error={simple.horizonDays}
            hint="How far ahead clients can book."
            min={1}
            max={365}
            step={1}
          />
          <NumberField
            label="Max sessions per day"
            unit="sessions"
            value={draft.maxSessionsPerDay}
            onValueChange={set("maxSessionsPerDay")}
            error={simple.maxSessionsPerDay}
            hint="Leave empty for no limit."
            placeholder="No limit"
            min={1}
            max={24}
            step={1}
          />
        </div>
      </Card>

      <div className="border-line sticky bottom-0 z-10 -mx-4 border-t bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:shadow-sm">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0 flex-1">
            {save.isError ? (
              <Alert tone="danger" title="Availability not saved">
                {simple._ ?? message}
                {problemCount > 1 && ` And ${problemCount - 1} more — see the highlighted fields.`}
              </Alert>
            ) : save.isSuccess && !dirty ? (
              <Alert tone="success">Availability saved.</Alert>
            ) : (
              <p className="text-muted text-sm" aria-live="polite">
                {dirty ? "You have unsaved changes." : exists ? "No changes." : "Not saved yet."}
              </p>
            )}
          </div>
          <Button type="submit" pending={save.isPending} className="w-full sm:w-auto">
            Save availability
          </Button>
        </div>
      </div>
    </form>
  );
}

// ── Pieces ──────────────────────────────────────────────────────────────────────────────────────────────────────────

function BookingSwitch({
  checked,
  onChange,
  error,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <div className="flex items-center gap-3">
        <span id={`${id}-label`} className="text-ink text-sm font-medium">
          Accept bookings
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={checked}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-state`}
          onClick={() => onChange(!checked)}
          className={cn(
            "relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full transition-colors",
            checked ? "bg-brand-700" : "bg-slate-300",
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              "inline-block size-5 rounded-full bg-white shadow transition-transform",
              checked ? "translate-x-5.5" : "translate-x-0.5",
            )}
          />
        </button>
        <span id={`${id}-state`}>
          <Badge tone={checked ? "success" : "neutral"}>{checked ? "On" : "Paused"}</Badge>
        </span>
      </div>
      {error && (
        <p role="alert" className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

const timeControl =
  "h-10 w-[7.5rem] rounded-lg border bg-white px-2 text-sm text-ink shadow-sm tabular-nums focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/20";

/** One day's time ranges. An end of 24:00 shows as 00:00, the only way a time box can say midnight. */
function RangesEditor({
  label,
  idBase,
  ranges,
  errors,
  onChange,
}: {
  label: string;
  idBase: string;
  ranges: RangeDraft[];
  errors?: DayErrors;
  onChange: (ranges: RangeDraft[]) => void;
}) {
  const update = (index: number, change: Partial<RangeDraft>) =>
    onChange(ranges.map((range, i) => (i === index ? { ...range, ...change } : range)));
  return (
    <div className="space-y-2">
      <ul className="space-y-2">
        {ranges.map((range, index) => {
          const rangeErrors = errors?.ranges[index];
          const errorId = `${idBase}-r${index}-error`;
          const which = ranges.length > 1 ? ` (range ${index + 1})` : "";
          return (
            <li key={index}>
              <div className="flex items-center gap-2">
                <input
                  type="time"
                  step={300}
                  value={range.start}
                  onChange={(event) => update(index, { start: event.target.value })}
                  aria-label={`${label} from${which}`}
                  aria-invalid={Boolean(rangeErrors?.start) || undefined}
                  aria-describedby={rangeErrors ? errorId : undefined}
                  className={cn(timeControl, rangeErrors?.start ? "border-red-500" : "border-line")}
                />
                <span className="text-muted text-sm" aria-hidden="true">
                  –
                </span>
                <input
                  type="time"
                  step={300}
                  value={range.end === END_OF_DAY ? "00:00" : range.end}
                  onChange={(event) =>
                    update(index, { end: event.target.value === "00:00" ? END_OF_DAY : event.target.value })
                  }
                  aria-label={`${label} until${which}`}
                  aria-invalid={Boolean(rangeErrors?.end) || undefined}
                  aria-describedby={rangeErrors ? errorId : undefined}
                  className={cn(timeControl, rangeErrors?.end ? "border-red-500" : "border-line")}
                />
                <button
                  type="button"
                  onClick={() => onChange(ranges.filter((_, i) => i !== index))}
                  aria-label={`Remove ${label} ${range.start}–${range.end === END_OF_DAY ? "midnight" : range.end}`}
                  title="Remove these hours"
                  className="text-muted inline-flex size-9 shrink-0 items-center justify-center rounded-lg hover:bg-slate-100 hover:text-red-700"
                >
                  <CrossIcon />
                </button>
              </div>
              {rangeErrors && (
                <p id={errorId} role="alert" className="mt-1 text-xs font-medium text-red-600">
                  {rangeErrors.start ?? rangeErrors.end}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {ranges.length < MAX_RANGES_PER_DAY && (
        <button
          type="button"
          onClick={() => onChange([...ranges, nextRange(ranges)])}
          className="text-brand-700 hover:text-brand-800 inline-flex items-center gap-1 rounded-md text-sm font-medium"
        >
          <PlusIcon />
          Add hours<span className="sr-only"> to {label}</span>
        </button>
      )}
    </div>
  );
}

function TimeZoneOffset({ zone }: { zone: string }) {
  // The offset depends on today's date, so it is filled in after hydration.
  const [label, setLabel] = useState("");
  useEffect(() => {
    try {
      setLabel(zoneOffsetLabel(zone));
    } catch {
      setLabel("");
    }
  }, [zone]);
  return <>{label || "local time"}</>;
}

const iconProps = {
  viewBox: "0 0 20 20",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.75,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  "aria-hidden": true,
  className: "size-4",
} as const;

function PlusIcon() {
  return (
    <svg {...iconProps}>
      <path d="M10 4v12M4 10h12" />
    </svg>
  );
}

function CrossIcon() {
  return (
    <svg {...iconProps}>
      <path d="m5 5 10 10M15 5 5 15" />
    </svg>
  );
}

function CopyIcon() {
  return (
    <svg {...iconProps}>
      <rect x="7" y="7" width="10" height="10" rx="2" />
      <path d="M13 4.5V4a1.5 1.5 0 0 0-1.5-1.5h-7A1.5 1.5 0 0 0 3 4v7a1.5 1.5 0 0 0 1.5 1.5H5" />
    </svg>
  );
}

function TrashIcon() {
  return (
    <svg {...iconProps}>
      <path d="M4 6h12M8 6V4.5A1.5 1.5 0 0 1 9.5 3h1A1.5 1.5 0 0 1 12 4.5V6m-6.5 0 .7 9.1A1.5 1.5 0 0 0 7.7 16.5h4.6a1.5 1.5 0 0 0 1.5-1.4L14.5 6" />
    </svg>
  );
}
