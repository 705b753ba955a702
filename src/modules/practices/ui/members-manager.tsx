"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Input, Select } from "~/components/ui/field";
import { Alert, Avatar, Badge, Card, CardHeader, EmptyState } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { useTRPC } from "~/trpc/react";
import { ALL_ROLES, type Role } from "~/server/auth/roles";
import { ROLE_LABELS, ROLE_PLURALS } from "../domain/roles";
import { InviteForm } from "./invite-form";
import { describeDoneChange, MemberChangeDialog, type MemberChange } from "./member-change-dialog";

interface Member {
  id: string;
  role: Role;
  createdAt: Date;
  removedAt: Date | null;
  isYou: boolean;
  user: { name: string | null; email: string };
}
interface Invitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  invitedBy: { name: string | null; email: string };
}

interface Props {
  practiceSlug: string;
  canManage: boolean;
  /** The viewer's zone and reader, resolved on the server, so the browser writes the times as the server did. */
  timeZone: string;
  reader: ViewerLocale;
  members: Member[];
  invitations: Invitation[];
  assignableRoles: Role[];
}

export function MembersManager({
  practiceSlug,
  canManage,
  timeZone,
  reader,
  members,
  invitations,
  assignableRoles,
}: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const refresh = { onSuccess: () => router.refresh() };
  const revoke = useMutation(trpc.members.revokeInvitation.mutationOptions(refresh));
  const resend = useMutation(trpc.members.resendInvitation.mutationOptions(refresh));
  const actionError = [revoke, resend].map((m) => errorDetails(m.error).message).find(Boolean);
  const [change, setChange] = useState<MemberChange | null>(null);
  const [done, setDone] = useState<{ message: string; takeFocus: boolean } | null>(null);
  const doneMessage = useRef<HTMLDivElement>(null);
  // A removed person's row goes away with the button that was focused: focus moves to what happened.
  useEffect(() => {
    if (done?.takeFocus) doneMessage.current?.focus();
  }, [done]);
  const [query, setQuery] = useState("");
  const [roleFilter, setRoleFilter] = useState<Role | "ALL">("ALL");
  const active = members.filter((member) => !member.removedAt);
  const removed = members.filter((member) => member.removedAt);
  const needle = query.trim().toLowerCase();
  const shown = active.filter(
    (member) =>
      (roleFilter === "ALL" || member.role === roleFilter) &&
      (!needle || `${member.user.name ?? ""} ${member.user.email}`.toLowerCase().includes(needle)),
  );

  return (
    <div className="space-y-6">
      {canManage && (
        <InviteForm practiceSlug={practiceSlug} roles={assignableRoles} onInvited={() => router.refresh()} />
      )}
      {actionError && <Alert tone="danger">{actionError}</Alert>}
      <MemberChangeDialog
        practiceSlug={practiceSlug}
        change={change}
        billingHref={`/p/${practiceSlug}/settings/billing`}
        onClose={() => setChange(null)}
        onDone={(made) => setDone({ message: describeDoneChange(made), takeFocus: made.kind === "remove" })}
      />
      {canManage && invitations.length > 0 && (
        <Card>
          <CardHeader
            title="Waiting for an answer"
            description="Invitations expire after 7 days. Resending sends a fresh link."
          />
          <ul className="divide-line divide-y">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <div className="min-w-0 text-sm">
                  <p className="truncate font-medium">{invitation.email}</p>
                  <p className="text-muted">
                    {ROLE_LABELS[invitation.role]} · expires {formatInstant(invitation.expiresAt, timeZone, reader)}
                  </p>
                </div>
                <div className="flex gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    pending={resend.isPending && resend.variables?.invitationId === invitation.id}
                    onClick={() => resend.mutate({ practiceSlug, invitationId: invitation.id })}
                  >
                    Resend
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    pending={revoke.isPending && revoke.variables?.invitationId === invitation.id}
                    onClick={() => revoke.mutate({ practiceSlug, invitationId: invitation.id })}
                  >
                    Withdraw
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card>
        <CardHeader
          title={`Members (${active.length})`}
          actions={
            <div className="flex w-full gap-2 sm:w-auto">
              <Input
                type="search"
                aria-label="Search members"
                placeholder="Search name or email"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                className="h-9 min-w-0 sm:w-56"
              />
              <Select
                aria-label="Filter by role"
                value={roleFilter}
                onChange={(event) => setRoleFilter(event.target.value as Role | "ALL")}
                className="h-9 w-32"
              >
                <option value="ALL">All roles</option>
                {ALL_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_PLURALS[role]}
                  </option>
                ))}
              </Select>
            </div>
          }
        />
        <div aria-live="polite">
          {done && (
            <div ref={doneMessage} tabIndex={-1} className="px-5 pt-4 focus:outline-none">
              <Alert tone="success">{done.message}</Alert>
            </div>
          )}
        </div>
        {shown.length === 0 ? (
          <div className="p-5">
            <EmptyState
              title={active.length === 0 ? "No members yet" : "No one matches"}
              description={active.length === 0 ? undefined : "Try another name, email or role."}
            />
          </div>
        ) : (
          <ul className="divide-line divide-y">
            {shown.map((member) => (
              <li
                key={member.id}
                className="flex flex-wrap items-center justify-between gap-3 px-5 py-3"
                data-testid="member-row"
              >
                <div className="flex min-w-0 items-center gap-3">
                  <Avatar name={member.user.name ?? member.user.email} />
                  <div className="min-w-0 text-sm">
                    <p className="truncate font-medium">
                      {member.user.name ?? member.user.email} {member.isYou && <Badge>you</Badge>}
                    </p>
                    {member.user.name && <p className="text-muted truncate">{member.user.email}</p>}
                  </div>
                </div>
                {canManage && !member.isYou ? (
                  <div className="flex items-center gap-2">
                    <label className="sr-only" htmlFor={`role-${member.id}`}>
                      Role of {member.user.name ?? member.user.email}
                    </label>
                    <Select
                      id={`role-${member.id}`}
                      className="h-8 w-32"
                      value={member.role}
                      onChange={(event) => {
                        setDone(null);
                        setChange({ kind: "role", member, role: event.target.value as Role });
                      }}
                    >
                      {[...new Set([member.role, ...assignableRoles])].map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </Select>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="text-red-700"
                      aria-label={`Remove ${member.user.name ?? member.user.email}`}
                      onClick={() => {
                        setDone(null);
                        setChange({ kind: "remove", member });
                      }}
                    >
                      Remove…
                    </Button>
                  </div>
                ) : (
                  <Badge tone={member.role === "CLIENT" ? "neutral" : "brand"}>{ROLE_LABELS[member.role]}</Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {canManage && removed.length > 0 && (
        <Card>
          <CardHeader
            title="Former members"
            description="Removed people keep their history; invite them again to restore access."
          />
          <ul className="divide-line divide-y">
            {removed.map((member) => (
              <li key={member.id} className="text-muted flex items-center justify-between px-5 py-3 text-sm">
                <span className="truncate">{member.user.name ?? member.user.email}</span>
                <span>removed {member.removedAt && formatInstant(member.removedAt, timeZone, reader)}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
