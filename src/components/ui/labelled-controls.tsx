import { cn } from "~/lib/cn";
import { Field, Input, Select } from "./field";
import { TextArea } from "./text-area";

// A Field around a single control, with the label, hint and error ids wired in. Most forms
// only ever put one Input, Select or TextArea in a Field; these spare them the render prop.

type FieldFrame = { label: string; hint?: React.ReactNode; error?: string };

export function InputField({ label, hint, error, ...input }: FieldFrame & React.ComponentProps<typeof Input>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => <Input id={ids.id} aria-describedby={ids.describedBy} invalid={ids.invalid} {...input} />}
    </Field>
  );
}

export function SelectField({ label, hint, error, ...select }: FieldFrame & React.ComponentProps<typeof Select>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => <Select id={ids.id} aria-describedby={ids.describedBy} invalid={ids.invalid} {...select} />}
    </Field>
  );
}

export function TextAreaField({ label, hint, error, ...area }: FieldFrame & React.ComponentProps<typeof TextArea>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => <TextArea id={ids.id} aria-describedby={ids.describedBy} invalid={ids.invalid} {...area} />}
    </Field>
  );
}

/**
 * A number box that keeps its text as typed: an emptied box stays empty rather than turning
 * into 0, so the server can answer with the field's own message. `unit` is shown inside the
 * box ("min", "days"); `decimal` brings up a keypad with a decimal point on phones.
 */
export function NumberField({
  label,
  hint,
  error,
  value,
  onValueChange,
  unit,
  decimal,
  className,
  ...input
}: FieldFrame &
  Omit<React.ComponentProps<typeof Input>, "value" | "onChange"> & {
    value: string;
    min: number;
    max: number;
    onValueChange: (value: string) => void;
    unit?: string;
    decimal?: boolean;
  }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => (
        <div className="relative">
          <Input
            id={ids.id}
            aria-describedby={ids.describedBy}
            invalid={ids.invalid}
            type="number"
            inputMode={decimal ? "decimal" : "numeric"}
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
            className={cn(unit && "pr-20 tabular-nums", className)}
            {...input}
          />
          {unit && (
            <span className="text-muted pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm">
              {unit}
            </span>
          )}
        </div>
      )}
    </Field>
  );
}

/** One option a record, showing its name: the usual list inside a SelectField. */
export function NamedOptions({ items }: { items: ReadonlyArray<{ id: string; name: string }> }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}
