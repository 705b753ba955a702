"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ColorField, InputField } from "~/components/ui/labelled-controls";
import { TimeZoneField } from "~/components/ui/time-zone-field";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

interface Settings {
  slug: string;
  name: string;
  timeZone: string;
  brandColor: string;
  logoUrl: string | null;
}

export function PracticeSettingsForm({ practice, zones }: { practice: Settings; zones: string[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [color, setColor] = useState(practice.brandColor);
  const update = useMutation(trpc.practices.update.mutationOptions({ onSuccess: () => router.refresh() }));
  const { message, fields } = errorDetails(update.error);
  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        update.mutate({
          practiceSlug: practice.slug,
          name: String(form.get("name") ?? ""),
          timeZone: String(form.get("timeZone") ?? ""),
          brandColor: color,
          logoUrl: String(form.get("logoUrl") ?? ""),
        });
      }}
    >
      {update.isSuccess && <Alert tone="success">Settings saved.</Alert>}
      {message && !Object.keys(fields).length && <Alert tone="danger">{message}</Alert>}
      <InputField label="Practice name" error={fields.name} name="name" defaultValue={practice.name} maxLength={80} />
      <InputField
        label="Web address"
        hint="The address can't be changed once clients have your links."
        value={practice.slug}
        readOnly
        disabled
      />
      <TimeZoneField
        label="Time zone"
        error={fields.timeZone}
        name="timeZone"
        zones={zones}
        defaultValue={practice.timeZone}
      />
      <ColorField
        label="Brand colour"
        error={fields.brandColor}
        hint="Used on your booking page and in emails."
        value={color}
        onValueChange={setColor}
      />
      <InputField
        label="Logo URL"
        error={fields.logoUrl}
        hint="An https:// address of a square image. Leave empty for none."
        name="logoUrl"
        type="url"
        defaultValue={practice.logoUrl ?? ""}
        placeholder="https://example.com/logo.png"
        maxLength={500}
      />
      <Button type="submit" pending={update.isPending}>
        Save settings
      </Button>
    </form>
  );
}
