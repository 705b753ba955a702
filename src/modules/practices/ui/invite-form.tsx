"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { InputField, SelectField } from "~/components/ui/labelled-controls";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { Role } from "~/server/auth/roles";
import { ROLE_LABELS } from "../domain/roles";

export function InviteForm({
  practiceSlug,
  roles,
  onInvited,
}: {
  practiceSlug: string;
  roles: Role[];
  onInvited: () => void;
}) {
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const invite = useMutation(
    trpc.members.invite.mutationOptions({
      onSuccess: (invitation) => {
        setSentTo(invitation.email);
        setEmail("");
        onInvited();
      },
    }),
  );
  const { message, fields } = errorDetails(invite.error);
  return (
    <Card id="invite">
      <CardHeader
        title="Invite someone"
        description="They get an email with a link that signs them in and adds them to the practice."
      />
      <form
        className="grid gap-4 p-5 sm:grid-cols-[1fr_10rem_auto] sm:items-start"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSentTo(null);
          const role = String(new FormData(event.currentTarget).get("role")) as Role;
          invite.mutate({ practiceSlug, email, role });
        }}
      >
        <InputField
          label="Email address"
          error={fields.email}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          placeholder="coach@example.com"
          autoComplete="off"
        />
        <SelectField
          label="Role"
          error={fields.role}
          name="role"
          defaultValue={roles.includes("COACH") ? "COACH" : roles[0]}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </SelectField>
        <div className="sm:pt-6">
          <Button type="submit" pending={invite.isPending} className="w-full sm:w-auto">
            Send invitation
          </Button>
        </div>
        <div className="sm:col-span-3" aria-live="polite">
          {sentTo && <Alert tone="success">Invitation sent to {sentTo}.</Alert>}
          {message && !Object.keys(fields).length && <Alert tone="danger">{message}</Alert>}
        </div>
      </form>
    </Card>
  );
}
