"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { Alert } from "~/components/ui/surface";
import { TimeZoneSelect } from "~/components/ui/time-zone-select";
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
      <Field label="Practice name" error={fields.name}>
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="name"
            defaultValue={practice.name}
            maxLength={80}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field label="Web address" hint="The address can't be changed once clients have your links.">
        {({ id }) => <Input id={id} value={practice.slug} readOnly disabled />}
      </Field>
      <Field label="Time zone" error={fields.timeZone}>
        {({ id, describedBy, invalid }) => (
          <TimeZoneSelect
            id={id}
            name="timeZone"
            zones={zones}
            defaultValue={practice.timeZone}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field label="Brand colour" error={fields.brandColor} hint="Used on your booking page and in emails.">
        {({ id, describedBy, invalid }) => (
          <div className="flex items-center gap-3">
            <input
              type="color"
              aria-label="Pick a colour"
              value={color}
              onChange={(event) => setColor(event.target.value)}
              className="border-line h-10 w-12 cursor-pointer rounded-lg border bg-white p-1"
            />
            <Input
              id={id}
              value={color}
              onChange={(event) => setColor(event.target.value)}
              className="w-32 font-mono"
              maxLength={7}
              aria-describedby={describedBy}
              invalid={invalid}
            />
          </div>
        )}
      </Field>
      <Field
        label="Logo URL"
        error={fields.logoUrl}
        hint="An https:// address of a square image. Leave empty for none."
      >
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="logoUrl"
            type="url"
            defaultValue={practice.logoUrl ?? ""}
            placeholder="https://example.com/logo.png"
            maxLength={500}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Button type="submit" pending={update.isPending}>
        Save settings
      </Button>
    </form>
  );
}
