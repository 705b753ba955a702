"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { Alert } from "~/components/ui/surface";
import { localDateOf, type LocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { AvailabilityView } from "../../server/availability.service";
import { BookingPageCard } from "./booking-page-card";
import { DateOverridesCard } from "./date-overrides-card";
import { draftFrom, inputFrom, newOverride, type AvailabilityDraft } from "./draft";
import { groupErrors, NOTHING_SENT, rowsSent } from "./field-errors";
import { WeeklyHoursCard } from "./weekly-hours-card";

interface Props {
  practiceSlug: string;
  availability: AvailabilityView;
  zones: string[];
  /** How the viewer reads dates, resolved on the server so both renders agree. */
  reader: ViewerLocale;
}

/**
 * A coach's booking page, weekly hours and date overrides, edited as one draft and saved together. Hours are on the
 * booking page's own zone (the draft's), not the viewer's: they are the coach's working hours wherever the viewer is.
 */
export function AvailabilityForm({ practiceSlug, availability, zones, reader }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState(() => draftFrom(availability, "saved"));
  const [exists, setExists] = useState(availability.exists);
  const [dirty, setDirty] = useState(false);
  const keys = useRef(0);
  const sent = useRef(NOTHING_SENT);
  const ids = useId();

  const save = useMutation(
    trpc.scheduling.updateAvailability.mutationOptions({
      onSuccess: (saved) => {
        setDraft(draftFrom(saved, `saved${keys.current++}`));
        // The first save creates the profile and its discovery session, which the session types below then list.
        if (!exists) router.refresh();
        setExists(true);
        setDirty(false);
      },
    }),
  );
  const { message, fields } = errorDetails(save.error);
  const errors = groupErrors(fields, sent.current);
  const problemCount = Object.keys(fields).length;

  const edit = (change: (draft: AvailabilityDraft) => AvailabilityDraft) => {
    setDraft(change);
    setDirty(true);
  };
  const editFields = (change: Partial<AvailabilityDraft>) => edit((current) => ({ ...current, ...change }));

  // "Today" in the coach's zone, for marking past overrides and dating a new one. Read after hydration so the server
  // and browser render the same thing.
  const [today, setToday] = useState<LocalDate | null>(null);
  useEffect(() => setToday(localDateOf(new Date(), draft.timeZone)), [draft.timeZone]);

  return (
    <ServerCheckedForm
      className="max-w-3xl space-y-6"
      onSubmit={() => {
        sent.current = rowsSent(draft);
        save.mutate(inputFrom(draft, practiceSlug));
      }}
    >
      {!exists && (
        <Alert tone="brand" title="Set up your booking page">
          We’ve filled in suggested hours to start from. Adjust them and save — clients can book you once you do.
        </Alert>
      )}
      <BookingPageCard
        practiceSlug={practiceSlug}
        draft={draft}
        zones={zones}
        errors={errors.simple}
        onChange={editFields}
      />
      <WeeklyHoursCard
        idBase={ids}
        days={draft.days}
        timeZone={draft.timeZone}
        errors={errors.days}
        error={errors.simple.weekly}
        onChange={(change) => edit((current) => ({ ...current, days: change(current.days) }))}
      />
      <DateOverridesCard
        idBase={ids}
        overrides={draft.overrides}
        today={today}
        reader={reader}
        errors={errors.overrides}
        error={errors.simple.overrides}
        onAdd={() =>
          edit((current) => {
            const from = today ?? localDateOf(new Date(), current.timeZone);
            const added = newOverride(current.overrides, from, `new-${keys.current++}`);
            return { ...current, overrides: [...current.overrides, added] };
          })
        }
        onChange={(change) => edit((current) => ({ ...current, overrides: change(current.overrides) }))}
      />

      <div className="border-line sticky bottom-0 z-10 -mx-4 border-t bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:shadow-sm">
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0 flex-1">
            {save.isError ? (
              <Alert tone="danger" title="Availability not saved">
                {errors.simple._ ?? message}
                {problemCount > 1 && ` And ${problemCount - 1} more — see the highlighted fields.`}
              </Alert>
            ) : save.isSuccess && !dirty ? (
              <Alert tone="success">Availability saved.</Alert>
            ) : (
              <p className="text-muted text-sm" aria-live="polite">
                {dirty ? "You have unsaved changes." : exists ? "No changes." : "Not saved yet."}
              </p>
            )}
          </div>
          <Button type="submit" pending={save.isPending} className="w-full sm:w-auto">
            Save availability
          </Button>
        </div>
      </div>
    </ServerCheckedForm>
  );
}
