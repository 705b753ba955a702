"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { ConfirmDialog } from "~/components/ui/confirm-dialog";
import { useRefreshThen } from "~/components/hooks/use-refresh-then";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import type { Role } from "~/server/auth/roles";
import { ROLE_LABELS } from "../domain/roles";

export interface MemberToChange {
  id: string;
  role: Role;
  user: { name: string | null; email: string };
}

/** A role change or a removal the admin has asked for and not yet confirmed. */
export type MemberChange =
  { kind: "role"; member: MemberToChange; role: Role } | { kind: "remove"; member: MemberToChange };

const WHAT_A_ROLE_MAY_DO: Record<Role, string> = {
  OWNER: "Owners can do everything, including billing and making other people owners.",
  ADMIN: "Admins manage people, billing and the practice's settings, and see every client.",
  COACH: "Coaches work with their own clients. Each coach takes a paid seat on the plan.",
  CLIENT: "Clients see only their own projects and sessions.",
};

const nameOf = (member: MemberToChange) => member.user.name ?? member.user.email;
/** "a coach", "an admin". */
const aRole = (role: Role) => `${role === "ADMIN" || role === "OWNER" ? "an" : "a"} ${ROLE_LABELS[role].toLowerCase()}`;

/** What happened, for the page's status message once the change is made. */
export function describeDoneChange(change: MemberChange): string {
  return change.kind === "role"
    ? `${nameOf(change.member)} is now ${aRole(change.role)}.`
    : `${nameOf(change.member)} was removed from the practice. Their history is kept.`;
}

/** Asks before a role change or a removal takes effect. */
export function MemberChangeDialog({
  practiceSlug,
  change,
  billingHref,
  onClose,
  onDone,
}: {
  practiceSlug: string;
  change: MemberChange | null;
  billingHref: string;
  onClose: () => void;
  onDone: (change: MemberChange) => void;
}) {
  const trpc = useTRPC();
  const dialog = useRef<HTMLDialogElement>(null);
  // Closing first puts focus back on the control that opened the dialog; `onDone` may then move it.
  const finished = useRefreshThen(() => {
    dialog.current?.close();
    if (change) onDone(change);
  });
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions({ onSuccess: finished }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: finished }));
  const mutation = change?.kind === "remove" ? remove : changeRole;
  const { reset: resetRoleChange } = changeRole;
  const { reset: resetRemoval } = remove;

  useEffect(() => {
    if (!change) return;
    resetRoleChange();
    resetRemoval();
    dialog.current?.showModal();
  }, [change, resetRoleChange, resetRemoval]);

  const name = change ? nameOf(change.member) : "";
  return (
    <ConfirmDialog
      dialogRef={dialog}
      question={
        change && (change.kind === "role" ? `Make ${name} ${aRole(change.role)}?` : `Remove ${name} from the practice?`)
      }
      description={
        change?.kind === "role" ? (
          <>
            <p>
              {name} is {aRole(change.member.role)} today. {WHAT_A_ROLE_MAY_DO[change.role]}
            </p>
            <p>The change applies from their next page.</p>
          </>
        ) : (
          <p>
            They lose access at once. Everything they did here (sessions, notes, projects) is kept, and you can invite
            them again later.
          </p>
        )
      }
      alert={<LimitAwareAlert error={mutation.error} billingHref={billingHref} />}
      keepLabel={change?.kind === "role" ? `Keep as ${ROLE_LABELS[change.member.role].toLowerCase()}` : "Keep them"}
      confirm={{
        label: change?.kind === "role" ? `Make ${ROLE_LABELS[change.role].toLowerCase()}` : `Remove ${name}`,
        variant: change?.kind === "remove" ? "danger" : "primary",
        pending: mutation.isPending,
        onClick: () => {
          if (change?.kind === "role")
            changeRole.mutate({ practiceSlug, membershipId: change.member.id, role: change.role });
          else if (change) remove.mutate({ practiceSlug, membershipId: change.member.id });
        },
      }}
      onClose={onClose}
    />
  );
}
