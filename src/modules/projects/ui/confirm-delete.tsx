"use client";

import { useState } from "react";
import { Button } from "~/components/ui/button";

/** "Delete" that asks once more, inline, before it acts. */
export function ConfirmDelete({
  what,
  note,
  pending,
  onConfirm,
}: {
  what: string;
  note?: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button type="button" variant="ghost" size="sm" aria-label={`Delete ${what}`} onClick={() => setAsking(true)}>
        Delete
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Delete ${what}?`} className="flex flex-wrap items-center gap-2 text-sm">
      <span>
        Delete {what}?{note && <span className="text-muted"> {note}</span>}
      </span>
      <Button type="button" variant="danger" size="sm" pending={pending} onClick={onConfirm}>
        Delete
      </Button>
      <Button type="button" variant="secondary" size="sm" onClick={() => setAsking(false)}>
        Keep
      </Button>
    </div>
  );
}
