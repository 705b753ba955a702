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
 * A whole-number box that keeps its text as typed: an emptied box stays empty rather than
 * turning into 0, so the server can answer with the field's own message.
 */
export function NumberField({
  value,
  onValueChange,
  ...input
}: FieldFrame & { value: string; min: number; max: number; onValueChange: (value: string) => void }) {
  return (
    <InputField
      type="number"
      inputMode="numeric"
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      {...input}
    />
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
