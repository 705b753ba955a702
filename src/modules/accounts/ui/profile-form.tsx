"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { InputField, TimeZoneField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
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
      <InputField label="Email" hint="Your sign-in address." value={profile.email} readOnly disabled />
      <InputField
        label="Name"
        error={fields.name}
        name="name"
        defaultValue={profile.name ?? ""}
        maxLength={80}
        autoComplete="name"
      />
      <TimeZoneField
        label="Time zone"
        error={fields.timeZone}
        hint="Sessions and due dates are shown to you in this zone."
        name="timeZone"
        zones={zones}
        defaultValue={profile.timeZone}
      />
      <Button type="submit" pending={update.isPending}>
        Save profile
      </Button>
    </form>
  );
}
