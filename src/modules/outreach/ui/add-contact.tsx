"use client";

import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ContactForm } from "./contact-form";

/** "Add a person" under a track: the form opens in place, already on that track. */
export function AddContact({
  practiceSlug,
  projectId,
  trackId,
  trackName,
  tracks,
  people,
}: {
  practiceSlug: string;
  projectId: string;
  trackId: string;
  trackName: string;
  tracks: Array<{ id: string; name: string }>;
  people: Array<{ id: string; name: string }>;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} aria-label={`Add a person to ${trackName}`}>
        + Add a person
      </Button>
    );
  }
  return (
    <div className="border-line rounded-lg border bg-white p-4">
      <h3 className="mb-3 text-sm font-semibold">New person in {trackName}</h3>
      <ContactForm
        practiceSlug={practiceSlug}
        projectId={projectId}
        tracks={tracks}
        referrers={people}
        initial={{ name: "", role: "", organisation: "", howFound: "", link: "", trackId, referredById: "" }}
        onDone={() => setOpen(false)}
      />
    </div>
  );
}
