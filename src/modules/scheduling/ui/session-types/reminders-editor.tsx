"use client";

import { useId } from "react";
import { FieldError, Input, Select } from "~/components/ui/field";
import { CrossIcon, PlusIcon } from "../icons";
import { canAddReminder, newReminder, type ReminderDraft, type ReminderUnit } from "./session-type-draft";

const UNITS: ReminderUnit[] = ["minutes", "hours", "days"];

/** When both sides are reminded of a session: up to three times before it starts. */
export function RemindersEditor({
  reminders,
  errors,
  newKey,
  onChange,
}: {
  reminders: ReminderDraft[];
  errors: Record<string, string>;
  newKey: () => string;
  onChange: (reminders: ReminderDraft[]) => void;
}) {
  const editAt = (index: number, change: Partial<ReminderDraft>) =>
    onChange(reminders.map((reminder, i) => (i === index ? { ...reminder, ...change } : reminder)));
  return (
    <div className="space-y-3">
      <p className="text-muted text-sm">
        {reminders.length === 0
          ? "No reminders: only the confirmation is sent."
          : "You and the booker each get an email, in your own time zones, naming where the session happens."}
      </p>
      <ul className="space-y-3">
        {reminders.map((reminder, index) => (
          <li key={reminder.key}>
            <ReminderRow
              number={index + 1}
              reminder={reminder}
              error={errors[`reminderMinutesBefore.${index}`]}
              onChange={(change) => editAt(index, change)}
              onRemove={() => onChange(reminders.filter((_, i) => i !== index))}
            />
          </li>
        ))}
      </ul>
      {errors.reminderMinutesBefore && <FieldError>{errors.reminderMinutesBefore}</FieldError>}
      {canAddReminder(reminders) && (
        <button
          type="button"
          onClick={() => onChange([...reminders, newReminder(reminders, newKey())])}
          className="text-brand-700 hover:text-brand-800 inline-flex items-center gap-1 rounded-md text-sm font-medium"
        >
          <PlusIcon />
          Add a reminder
        </button>
      )}
    </div>
  );
}

function ReminderRow({
  number,
  reminder,
  error,
  onChange,
  onRemove,
}: {
  number: number;
  reminder: ReminderDraft;
  error?: string;
  onChange: (change: Partial<ReminderDraft>) => void;
  onRemove: () => void;
}) {
  const errorId = useId();
  const describedBy = error ? errorId : undefined;
  return (
    <fieldset>
      <legend className="text-ink mb-1.5 text-sm font-medium">Reminder {number}</legend>
      <div className="flex items-center gap-2">
        {/* The controls fill their box, so the boxes size them. */}
        <div className="w-24 shrink-0">
          <Input
            type="number"
            inputMode="numeric"
            aria-label={`Reminder ${number}: how long before`}
            aria-describedby={describedBy}
            invalid={Boolean(error)}
            className="tabular-nums"
            min={1}
            step={1}
            value={reminder.amount}
            onChange={(event) => onChange({ amount: event.target.value })}
          />
        </div>
        <div className="w-44 min-w-0">
          <Select
            aria-label={`Reminder ${number}: unit`}
            value={reminder.unit}
            onChange={(event) => onChange({ unit: event.target.value as ReminderUnit })}
          >
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit} before
              </option>
            ))}
          </Select>
        </div>
        <button
          type="button"
          onClick={onRemove}
          aria-label={`Remove reminder ${number}`}
          title="Remove this reminder"
          className="text-muted inline-flex size-9 shrink-0 items-center justify-center rounded-lg hover:bg-slate-100 hover:text-red-700"
        >
          <CrossIcon />
        </button>
      </div>
      {error && (
        <FieldError id={errorId} className="mt-1">
          {error}
        </FieldError>
      )}
    </fieldset>
  );
}
