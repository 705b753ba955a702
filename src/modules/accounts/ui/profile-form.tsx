"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { Alert } from "~/components/ui/surface";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function ProfileForm({
  profile,
  zones,
}: {
  profile: { name: string | null; email: string; timeZone: string | null };
  zones: string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.profile.update.mutationOptions({ onSuccess: () => router.refresh() }));
  const { message, fields } = errorDetails(update.error);
  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        update.mutate({ name: String(form.get("name") ?? ""), timeZone: String(form.get("timeZone") ?? "") });
      }}
    >
      {update.isSuccess && <Alert tone="success">Profile saved.</Alert>}
      {message && !Object.keys(fields).length && <Alert tone="danger">{message}</Alert>}
      <Field label="Email" hint="Your sign-in address.">
        {({ id }) => <Input id={id} value={profile.email} readOnly disabled />}
      </Field>
      <Field label="Name" error={fields.name}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="name"
            defaultValue={profile.name ?? ""}
            maxLength={80}
            autoComplete="name"
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field label="Time zone" error={fields.timeZone} hint="Sessions and due dates are shown to you in this zone.">
        {({ id, describedBy, invalid }) => (
          <TimeZoneSelect
            id={id}
            name="timeZone"
            zones={zones}
            defaultValue={profile.timeZone}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Button type="submit" pending={update.isPending}>
        Save profile
      </Button>
    </form>
  );
}
