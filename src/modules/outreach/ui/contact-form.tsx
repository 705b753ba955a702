"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { LIMITS } from "../schemas";
import { TextArea } from "./text-area";

export interface ContactFormValues {
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
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const done = {
    onSuccess: () => {
      router.refresh();
      onDone();
    },
  };
  const create = useMutation(trpc.outreach.createContact.mutationOptions(done));
  const update = useMutation(trpc.outreach.updateContact.mutationOptions(done));
  const problem = errorDetails(create.error ?? update.error);
  const set = (key: keyof ContactFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  const text = (key: "name" | "role" | "organisation" | "link", label: string, max: number, extra = {}) => (
    <Field label={label} error={problem.fields[key]}>
      {({ id, describedBy, invalid }) => (
        <Input
          id={id}
          value={values[key]}
          onChange={set(key)}
          maxLength={max}
          aria-describedby={describedBy}
          invalid={invalid}
          {...extra}
        />
      )}
    </Field>
  );

  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
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
      <Field label="How you found them (optional)" error={problem.fields.howFound}>
        {({ id, describedBy, invalid }) => (
          <TextArea
            id={id}
            rows={2}
            invalid={invalid}
            value={values.howFound}
            onChange={set("howFound")}
            maxLength={LIMITS.howFound}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      {text("link", "Link (optional)", LIMITS.link, { type: "url", inputMode: "url", placeholder: "https://" })}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Track" error={problem.fields.trackId}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              value={values.trackId}
              onChange={set("trackId")}
              aria-describedby={describedBy}
              invalid={invalid}
            >
              {tracks.map((track) => (
                <option key={track.id} value={track.id}>
                  {track.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Referred by (optional)" error={problem.fields.referredById}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              value={values.referredById}
              onChange={set("referredById")}
              aria-describedby={describedBy}
              invalid={invalid}
            >
              <option value="">Nobody</option>
              {referrers.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {problem.message && Object.keys(problem.fields).length === 0 && <Alert tone="danger">{problem.message}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" pending={create.isPending || update.isPending}>
          {contactId ? "Save changes" : "Add person"}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
