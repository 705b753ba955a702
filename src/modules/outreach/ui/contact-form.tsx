"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { InputField, NamedOptions, SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useRefreshThen } from "~/components/hooks/use-refresh-then";
import { useTRPC } from "~/trpc/react";
import { LIMITS } from "../schemas";
import { SubmitOrCancel } from "./submit-or-cancel";

interface ContactFormValues {
  name: string;
  role: string;
  organisation: string;
  howFound: string;
  link: string;
  trackId: string;
  referredById: string;
}

interface Props {
  practiceSlug: string;
  projectId: string;
  /** Absent when adding a person. */
  contactId?: string;
  initial: ContactFormValues;
  tracks: Array<{ id: string; name: string }>;
  /** People of this project who may be named as the referrer. */
  referrers: Array<{ id: string; name: string }>;
  onDone: () => void;
}

/** Add or edit a person to reach. Values stay as typed when the server refuses them. */
export function ContactForm({ practiceSlug, projectId, contactId, initial, tracks, referrers, onDone }: Props) {
  const trpc = useTRPC();
  const [values, setValues] = useState(initial);
  const done = { onSuccess: useRefreshThen(onDone) };
  const create = useMutation(trpc.outreach.createContact.mutationOptions(done));
  const update = useMutation(trpc.outreach.updateContact.mutationOptions(done));
  const problem = errorDetails(create.error ?? update.error);
  const set = (key: keyof ContactFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const text = (key: "name" | "role" | "organisation" | "link", label: string, max: number, extra = {}) => (
    <InputField
      label={label}
      error={problem.fields[key]}
      value={values[key]}
      onChange={set(key)}
      maxLength={max}
      {...extra}
    />
  );

  return (
    <ServerCheckedForm
      className="space-y-3"
      onSubmit={() => {
        // The id first: the audit trail names the first id of an input as its target.
        const fields = { ...values, referredById: values.referredById || null };
        if (contactId) update.mutate({ contactId, practiceSlug, ...fields });
        else create.mutate({ projectId, practiceSlug, ...fields });
      }}
    >
      {text("name", "Name", LIMITS.name, { autoFocus: true, autoComplete: "off" })}
      <div className="grid gap-3 sm:grid-cols-2">
        {text("role", "Role (optional)", LIMITS.role)}
        {text("organisation", "Organisation (optional)", LIMITS.organisation)}
      </div>
      <TextAreaField
        label="How you found them (optional)"
        error={problem.fields.howFound}
        rows={2}
        value={values.howFound}
        onChange={set("howFound")}
        maxLength={LIMITS.howFound}
      />
      {text("link", "Link (optional)", LIMITS.link, { type: "url", inputMode: "url", placeholder: "https://" })}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Track" error={problem.fields.trackId} value={values.trackId} onChange={set("trackId")}>
          <NamedOptions items={tracks} />
        </SelectField>
        <SelectField
          label="Referred by (optional)"
          error={problem.fields.referredById}
          value={values.referredById}
          onChange={set("referredById")}
        >
          <option value="">Nobody</option>
          <NamedOptions items={referrers} />
        </SelectField>
      </div>
      {problem.message && Object.keys(problem.fields).length === 0 && <Alert tone="danger">{problem.message}</Alert>}
      <SubmitOrCancel
        label={contactId ? "Save changes" : "Add person"}
        pending={create.isPending || update.isPending}
        onCancel={onDone}
      />
    </ServerCheckedForm>
  );
}
