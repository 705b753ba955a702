import { Field } from "./field";
import { wiredTo, type FieldFrame } from "./labelled-controls";
import { TimeZoneSelect } from "./time-zone-select";

// Its own file so that a form importing the other labelled controls does not ship the zone search and its data.
export function TimeZoneField({
  label,
  hint,
  error,
  ...select
}: FieldFrame & React.ComponentProps<typeof TimeZoneSelect>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(ids) => <TimeZoneSelect {...wiredTo(ids)} {...select} />}
    </Field>
  );
}
