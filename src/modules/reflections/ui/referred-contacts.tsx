"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

/** People the interviewee recommended, added as contacts of the same track with the referral recorded. */
export function ReferredContacts({
  practiceSlug,
  interviewId,
  referrerName,
  trackName,
  referrals,
  canAdd,
}: {
  practiceSlug: string;
  interviewId: string;
  referrerName: string;
  trackName: string;
  referrals: Array<{ id: string; name: string }>;
  canAdd: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const empty = { name: "", role: "", organisation: "" };
  const [draft, setDraft] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation(
    trpc.reflections.addReferredContact.mutationOptions({
      onSuccess: (contact) => {
        setAdded(contact.name);
        setDraft(empty);
        router.refresh();
      },
    }),
  );
  const { fields, message } = errorDetails(add.error);
  return (
    <div className="space-y-4">
      {referrals.length > 0 ? (
        <ul className="space-y-1 text-sm">
          {referrals.map((contact) => (
            <li key={contact.id}>
              {contact.name} <span className="text-muted">— referred by {referrerName}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted text-sm">No one added from this conversation yet.</p>
      )}
      {canAdd && (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            setAdded(null);
            add.mutate({ practiceSlug, interviewId, ...draft });
          }}
        >
          <p className="text-muted text-xs">
            They join your “{trackName}” list with {referrerName} as the referrer.
          </p>
          <div className="grid gap-3 sm:grid-cols-3">
            <InputField
              label="Name"
              error={fields.name}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
            <InputField
              label="Role (optional)"
              error={fields.role}
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value })}
            />
            <InputField
              label="Organisation (optional)"
              error={fields.organisation}
              value={draft.organisation}
              onChange={(e) => setDraft({ ...draft, organisation: e.target.value })}
            />
          </div>
          {add.error && !Object.keys(fields).length && <Alert tone="danger">{message}</Alert>}
          {added && <Alert tone="success">{added} is now on your list.</Alert>}
          <Button type="submit" size="sm" variant="secondary" pending={add.isPending}>
            Add as a contact
          </Button>
        </form>
      )}
    </div>
  );
}
