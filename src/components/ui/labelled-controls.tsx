import { cn } from "~/lib/cn";
import { Field, Input, Select } from "./field";
import { TextArea } from "./text-area";

// A Field around a single control, with the label, hint and error ids wired in. Most forms
// only ever put one Input, Select or TextArea in a Field; these spare them the render prop.

export type FieldFrame = { label: string; hint?: React.ReactNode; error?: string };
type FieldIds = Parameters<React.ComponentProps<typeof Field>["children"]>[0];

/** The props that tie a control to its Field's label, hint and error. */
export const wiredTo = (ids: FieldIds) => ({ id: ids.id, "aria-describedby": ids.describedBy, invalid: ids.invalid });

/**
 * `addon` is fixed text joined to the front of the box (the start of an address); it shows from
 * the `sm` breakpoint up, where there is room for it beside what is typed.
 */
export function InputField({
  label,
  hint,
  error,
  addon,
  className,
  ...input
}: FieldFrame & React.ComponentProps<typeof Input> & { addon?: string }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => {
        const box = (
          <Input {...wiredTo(ids)} className={cn(addon && "min-w-0 flex-1 sm:rounded-l-none", className)} {...input} />
        );
        if (!addon) return box;
        return (
          <div className="flex min-w-0 items-stretch">
            <span
              className="border-line text-muted hidden max-w-[60%] shrink-0 items-center rounded-l-lg border border-r-0 bg-slate-50 px-3 font-mono text-sm sm:flex"
              aria-hidden="true"
            >
              <span className="truncate">{addon}</span>
            </span>
            {box}
          </div>
        );
      }}
    </Field>
  );
}

export function SelectField({ label, hint, error, ...select }: FieldFrame & React.ComponentProps<typeof Select>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => <Select {...wiredTo(ids)} {...select} />}
    </Field>
  );
}

export function TextAreaField({ label, hint, error, ...area }: FieldFrame & React.ComponentProps<typeof TextArea>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => <TextArea {...wiredTo(ids)} {...area} />}
    </Field>
  );
}

/**
 * A number box that keeps its text as typed: an emptied box stays empty rather than turning
 * into 0, so the server can answer with the field's own message. `unit` is shown inside the
 * box ("min", "days"); `decimal` brings up a keypad with a decimal point on phones;
 * `className` sizes the box.
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
        <div className={cn("relative", className)}>
          <Input
            {...wiredTo(ids)}
            type="number"
            inputMode={decimal ? "decimal" : "numeric"}
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
            className={cn(unit && "pr-20 tabular-nums")}
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

/** A colour as a swatch picker and its hex code side by side, both editing the one value. */
export function ColorField({
  label,
  hint,
  error,
  value,
  onValueChange,
}: FieldFrame & { value: string; onValueChange: (value: string) => void }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => (
        <div className="flex items-center gap-3">
          <input
            type="color"
            aria-label="Pick a colour"
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
            className="border-line h-10 w-12 cursor-pointer rounded-lg border bg-white p-1"
          />
          <Input
            {...wiredTo(ids)}
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
            className="w-32 font-mono"
            maxLength={7}
          />
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
