"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { TimeZoneField } from "~/components/ui/time-zone-field";
import { Alert } from "~/components/ui/surface";
import { slugify } from "~/lib/slug";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function CreatePracticeForm({ zones, origin }: { zones: string[]; origin: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const create = useMutation(
    trpc.practices.create.mutationOptions({ onSuccess: ({ slug }) => router.push(`/p/${slug}`) }),
  );
  const { message, fields } = errorDetails(create.error);
  const shownSlug = slugEdited ? slug : slugify(name);

  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        create.mutate({ name, slug: shownSlug, timeZone: String(form.get("timeZone")) });
      }}
    >
      {message && !Object.keys(fields).length && <Alert tone="danger">{message}</Alert>}
      <InputField
        label="Practice name"
        error={fields.name}
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder="Northstar Career Coaching"
        maxLength={80}
        required
        autoFocus
      />
      <InputField
        label="Web address"
        error={fields.slug}
        hint={`${origin}/book/${shownSlug || "your-practice"}`}
        value={shownSlug}
        onChange={(event) => {
          setSlugEdited(true);
          setSlug(event.target.value.toLowerCase());
        }}
        placeholder="northstar"
        maxLength={40}
        required
      />
      <TimeZoneField
        label="Time zone"
        error={fields.timeZone}
        hint="Used for the practice's emails and reports."
        name="timeZone"
        zones={zones}
      />
      <Button type="submit" pending={create.isPending || create.isSuccess}>
        Create practice
      </Button>
    </form>
  );
}
