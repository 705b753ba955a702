"use client";

import { useId } from "react";
import { InputField } from "~/components/ui/labelled-controls";
import { TimeZoneField } from "~/components/ui/time-zone-field";
import { Badge, Card, CardHeader } from "~/components/ui/surface";
import { Switch } from "~/components/ui/switch";
import { FieldError } from "~/components/ui/field";
import type { AvailabilityDraft } from "./draft";

type BookingPageDraft = Pick<AvailabilityDraft, "bookingEnabled" | "displayName" | "headline" | "slug" | "timeZone">;

/** Whether clients can book, and how the booking page introduces the coach. */
export function BookingPageCard({
  practiceSlug,
  draft,
  zones,
  errors,
  onChange,
}: {
  practiceSlug: string;
  draft: BookingPageDraft;
  zones: string[];
  errors: Record<string, string>;
  onChange: (change: Partial<BookingPageDraft>) => void;
}) {
  const bookingPath = `/book/${practiceSlug}/${draft.slug || "…"}`;
  return (
    <Card>
      <CardHeader
        title="Booking page"
        description="What clients see when they book a session with you."
        actions={
          <BookingSwitch
            checked={draft.bookingEnabled}
            onChange={(bookingEnabled) => onChange({ bookingEnabled })}
            error={errors.bookingEnabled}
          />
        }
      />
      <div className="grid gap-5 p-5 sm:grid-cols-2">
        <InputField
          label="Public name"
          error={errors.displayName}
          value={draft.displayName}
          onChange={(event) => onChange({ displayName: event.target.value })}
          maxLength={80}
          autoComplete="name"
        />
        <InputField
          label="Headline (optional)"
          error={errors.headline}
          hint="One line under your name."
          value={draft.headline}
          onChange={(event) => onChange({ headline: event.target.value })}
          maxLength={140}
          placeholder="Career coach for first-time managers"
        />
        <div className="sm:col-span-2">
          <InputField
            label="Booking page address"
            error={errors.slug}
            hint={
              <>
                Your page: <span className="text-ink font-mono break-all">{bookingPath}</span>
              </>
            }
            addon={`/book/${practiceSlug}/`}
            value={draft.slug}
            onChange={(event) => onChange({ slug: event.target.value.toLowerCase() })}
            maxLength={40}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            className="font-mono"
          />
        </div>
        <div className="sm:col-span-2">
          <TimeZoneField
            label="Time zone"
            error={errors.timeZone}
            hint="Your hours below are in this zone. Clients see times in their own."
            name="timeZone"
            zones={zones}
            defaultValue={draft.timeZone}
            onZoneChange={(timeZone) => onChange({ timeZone })}
          />
        </div>
      </div>
    </Card>
  );
}

function BookingSwitch({
  checked,
  onChange,
  error,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <div className="flex items-center gap-3">
        <span id={`${id}-label`} className="text-ink text-sm font-medium">
          Accept bookings
        </span>
        <Switch
          checked={checked}
          onCheckedChange={onChange}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-state`}
        />
        <span id={`${id}-state`}>
          <Badge tone={checked ? "success" : "neutral"}>{checked ? "On" : "Paused"}</Badge>
        </span>
      </div>
      {error && <FieldError>{error}</FieldError>}
    </div>
  );
}
