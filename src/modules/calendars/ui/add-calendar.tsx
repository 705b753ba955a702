"use client";

import { useState } from "react";
import { Card, CardHeader } from "~/components/ui/surface";
import { ChoiceGroup } from "~/modules/scheduling/ui/session-types/choice-group";
import { CaldavForm } from "./caldav-form";
import { CONNECTION_KINDS } from "./connection-kinds";
import { FeedForm } from "./feed-form";
import { GoogleConnect } from "./google-connect";

type Way = "feed" | "caldav" | "google";

const WAYS: ReadonlyArray<{ value: Way; label: string; description: string }> = [
  {
    value: "feed",
    label: CONNECTION_KINDS.ICS_FEED.label,
    description: "An .ics or webcal address from any calendar app. Blocks time; sessions cannot be added to it.",
  },
  {
    value: "caldav",
    label: CONNECTION_KINDS.CALDAV.label,
    description: "Fastmail, iCloud, Nextcloud and others, with an app password. Blocks time and can receive sessions.",
  },
  {
    value: "google",
    label: CONNECTION_KINDS.GOOGLE.label,
    description: "Sign in with Google. Blocks time and can receive sessions.",
  },
];

export function AddCalendar({
  practiceSlug,
  coachProfileId,
  googleAvailable,
  onConnected,
}: {
  practiceSlug: string;
  coachProfileId: string;
  googleAvailable: boolean;
  onConnected: () => void;
}) {
  const [way, setWay] = useState<Way>("feed");
  const props = { practiceSlug, coachProfileId, onConnected };
  return (
    <Card>
      <CardHeader title="Add a calendar" description="Connect as many as you keep: work, personal, a shared one." />
      <div className="space-y-5 px-4 py-4 sm:px-5">
        <ChoiceGroup legend="How to connect" value={way} choices={WAYS} onChange={setWay} />
        {way === "feed" && <FeedForm {...props} />}
        {way === "caldav" && <CaldavForm {...props} />}
        {way === "google" && (
          <GoogleConnect practiceSlug={practiceSlug} coachProfileId={coachProfileId} available={googleAvailable} />
        )}
      </div>
    </Card>
  );
}
