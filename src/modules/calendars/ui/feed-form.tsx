"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { InputField } from "~/components/ui/labelled-controls";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { ConnectSubmit } from "./connect-submit";

/** A calendar's published .ics or webcal address: read only, so it blocks time but cannot receive sessions. */
export function FeedForm({
  practiceSlug,
  coachProfileId,
  onConnected,
}: {
  practiceSlug: string;
  coachProfileId: string;
  onConnected: () => void;
}) {
  const trpc = useTRPC();
  const allDayId = useId();
  const [url, setUrl] = useState("");
  const [allDayEventsBlock, setAllDayEventsBlock] = useState(true);
  const connect = useMutation(
    trpc.calendars.connectFeed.mutationOptions({
      onSuccess: () => {
        setUrl("");
        onConnected();
      },
    }),
  );
  const { fields } = errorDetails(connect.error);
  return (
    <ServerCheckedForm
      className="space-y-4"
      onSubmit={() => connect.mutate({ practiceSlug, coachProfileId, url, allDayEventsBlock })}
    >
      <InputField
        label="Calendar address"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https:// or webcal://"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        error={fields.url}
        hint={
          <>
            Google Calendar: Settings, your calendar, “Secret address in iCal format”. Outlook: Settings, Calendar,
            Shared calendars, Publish a calendar, the ICS link. iCloud: share the calendar as a Public Calendar and copy
            its link. Keep a secret address to yourself: anyone with it can read the calendar.
          </>
        }
      />
      <label htmlFor={allDayId} className="flex cursor-pointer items-start gap-2 text-sm">
        <input
          id={allDayId}
          type="checkbox"
          checked={allDayEventsBlock}
          onChange={(event) => setAllDayEventsBlock(event.target.checked)}
          className="accent-brand-700 mt-0.5 size-4 shrink-0 cursor-pointer"
        />
        All-day events block the whole day
      </label>
      <ConnectSubmit label="Subscribe" pending={connect.isPending} error={connect.error} fields={["url"]} />
    </ServerCheckedForm>
  );
}
