"use client";

import { Button } from "~/components/ui/button";
import { FieldError, Input } from "~/components/ui/field";
import { Alert, Badge, Card, CardHeader, EmptyState } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
import { isLocalDate, type LocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { MAX_DATE_OVERRIDES } from "../../schemas";
import { withOverrideDayOff, withOverrideRanges, type OverrideDraft } from "./draft";
import type { DayErrors } from "./field-errors";
import { PlusIcon, TrashIcon } from "../icons";
import { RangesEditor } from "./ranges-editor";

/**
 * "Thu 24 Dec 2026" (en-GB) or "Thu, Dec 24, 2026" (en-US) for a calendar date, read at UTC midnight so no zone can
 * move it to another day.
 */
function friendlyDate(date: string, reader: ViewerLocale): string {
  if (!isLocalDate(date)) return "this date";
  return new Intl.DateTimeFormat(reader.locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Days off or other hours on particular dates; each override replaces that date's weekly hours. */
export function DateOverridesCard({
  idBase,
  overrides,
  today,
  reader,
  errors,
  error,
  onAdd,
  onChange,
}: {
  idBase: string;
  overrides: OverrideDraft[];
  reader: ViewerLocale;
  /** Today in the coach's zone, once known in the browser; earlier overrides are marked past. */
  today: LocalDate | null;
  errors: Map<string, DayErrors>;
  /** A problem with the overrides as a whole. */
  error?: string;
  onAdd: () => void;
  onChange: (change: (overrides: OverrideDraft[]) => OverrideDraft[]) => void;
}) {
  const addButton = (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      onClick={onAdd}
      disabled={overrides.length >= MAX_DATE_OVERRIDES}
    >
      <PlusIcon />
      Add a date
    </Button>
  );
  const editOverride = (key: string, change: (override: OverrideDraft) => OverrideDraft) =>
    onChange((current) => current.map((override) => (override.key === key ? change(override) : override)));
  return (
    <Card>
      <CardHeader
        title="Date overrides"
        description="Days off or different hours on particular dates."
        actions={overrides.length > 0 && addButton}
      />
      {error && (
        <div className="px-5 pt-4">
          <Alert tone="danger">{error}</Alert>
        </div>
      )}
      {overrides.length === 0 ? (
        <div className="p-5">
          <EmptyState
            title="No date overrides"
            description="Add a date for a holiday, a conference or an evening you can open up."
            action={addButton}
          />
        </div>
      ) : (
        <ul className="divide-line divide-y">
          {overrides.map((override) => (
            <OverrideRow
              key={override.key}
              idBase={`${idBase}-${override.key}`}
              override={override}
              past={Boolean(today && override.date && override.date < today)}
              reader={reader}
              errors={errors.get(override.key)}
              onChange={(change) => editOverride(override.key, change)}
              onRemove={() => onChange((current) => current.filter((o) => o.key !== override.key))}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

const MODES = [
  { dayOff: true, text: "Day off" },
  { dayOff: false, text: "Custom hours" },
];

function OverrideRow({
  idBase,
  override,
  past,
  reader,
  errors,
  onChange,
  onRemove,
}: {
  idBase: string;
  override: OverrideDraft;
  past: boolean;
  reader: ViewerLocale;
  errors?: DayErrors;
  onChange: (change: (override: OverrideDraft) => OverrideDraft) => void;
  onRemove: () => void;
}) {
  const dateId = `${idBase}-date`;
  const dateErrorId = `${dateId}-error`;
  const label = friendlyDate(override.date, reader);
  return (
    <li className="grid gap-4 px-5 py-4 sm:grid-cols-[11rem_1fr_auto] sm:items-start">
      <div className="space-y-1.5">
        <label htmlFor={dateId} className="text-ink flex items-center gap-2 text-sm font-medium">
          Date
          {past && <Badge>Past</Badge>}
        </label>
        <Input
          id={dateId}
          type="date"
          value={override.date}
          onChange={(event) => onChange((o) => ({ ...o, date: event.target.value }))}
          aria-describedby={errors?.date ? dateErrorId : undefined}
          invalid={Boolean(errors?.date)}
        />
        {errors?.date && <FieldError id={dateErrorId}>{errors.date}</FieldError>}
      </div>
      <fieldset className="min-w-0 space-y-3">
        <legend className="text-ink mb-1.5 text-sm font-medium">Hours on {label}</legend>
        <div className="border-line inline-flex rounded-lg border bg-slate-50 p-0.5">
          {MODES.map((mode) => (
            <label
              key={mode.text}
              className={cn(
                "has-focus-visible:outline-brand-600 cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium has-focus-visible:outline-2",
                override.dayOff === mode.dayOff ? "text-ink bg-white shadow-sm" : "text-muted hover:text-ink",
              )}
            >
              <input
                type="radio"
                name={`${idBase}-mode`}
                className="sr-only"
                checked={override.dayOff === mode.dayOff}
                onChange={() => onChange((o) => withOverrideDayOff(o, mode.dayOff))}
              />
              {mode.text}
            </label>
          ))}
        </div>
        {!override.dayOff && (
          <RangesEditor
            label={label}
            idBase={idBase}
            ranges={override.ranges}
            errors={errors}
            onChange={(ranges) => onChange((o) => withOverrideRanges(o, ranges))}
          />
        )}
        {errors?.day && <FieldError>{errors.day}</FieldError>}
      </fieldset>
      <div className="sm:pt-7">
        <Button
          type="button"
          variant="ghost"
          size="sm"
          className="text-red-700 hover:bg-red-50"
          aria-label={`Remove the override for ${label}`}
          onClick={onRemove}
        >
          <TrashIcon />
          Remove
        </Button>
      </div>
    </li>
  );
}
