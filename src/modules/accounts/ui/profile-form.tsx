"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { TimeZoneField } from "~/components/ui/time-zone-field";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import type { TimeFormatPreference } from "~/lib/viewer-locale";
import { ChoiceGroup } from "~/modules/scheduling/ui/session-types/choice-group";
import { useTRPC } from "~/trpc/react";

const TIME_FORMAT_CHOICES = [
  { value: "AUTO", label: "Automatic", description: "As your browser's language writes times." },
  { value: "H12", label: "12-hour", description: "9:00 AM, 2:30 PM" },
  { value: "H24", label: "24-hour", description: "09:00, 14:30" },
] as const satisfies ReadonlyArray<{ value: TimeFormatPreference; label: string; description: string }>;

export function ProfileForm({
  profile,
  zones,
}: {
  profile: { name: string | null; email: string; timeZone: string | null; timeFormat: TimeFormatPreference };
  zones: string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [timeFormat, setTimeFormat] = useState(profile.timeFormat);
  const update = useMutation(trpc.profile.update.mutationOptions({ onSuccess: () => router.refresh() }));
  const { message, fields } = errorDetails(update.error);
  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        update.mutate({
          name: String(form.get("name") ?? ""),
          timeZone: String(form.get("timeZone") ?? ""),
          timeFormat,
        });
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
      <ChoiceGroup
        legend="Clock"
        value={timeFormat}
        choices={TIME_FORMAT_CHOICES}
        error={fields.timeFormat}
        onChange={setTimeFormat}
      />
      <Button type="submit" pending={update.isPending}>
        Save profile
      </Button>
    </form>
  );
}
