import { readOnlyReason, type Standing } from "~/lib/plan-standing";
import { isAdminRole, type Role } from "~/server/auth/roles";
import { AppError } from "~/server/errors";

// The plan gate every practice mutation passes (practiceProcedure). While a practice's plan
// has lapsed, staff can read everything and change nothing; a procedure that must keep
// working says so where it is declared, with its reason, and the authorization table
// checks each declaration against what the procedure does.

export type LapsedPolicy =
  /** The default for mutations: refused while the plan has lapsed. */
  | { readonly kind: "refuse" }
  /** Allowed for everyone who may call it (paying, removing people, one's own email choices). */
  | { readonly kind: "allow"; readonly because: string }
  /** Allowed for clients only: their work on their own projects is theirs. Staff are refused. */
  | { readonly kind: "clients"; readonly because: string };

export const whileLapsed = {
  allow: (because: string): LapsedPolicy => ({ kind: "allow", because }),
  clientsOnly: (because: string): LapsedPolicy => ({ kind: "clients", because }),
};

/**
 * A plan limit's refusal, with the next step for this reader: admins can fix it on the
 * billing page, other staff ask them. Clients never hear about the practice's billing.
 */
export function planLimitError(role: Role, reason: string, fix: "upgrade" | "restore"): AppError {
  if (role === "CLIENT") {
    return new AppError("LIMIT_REACHED", "Your coach's practice can't take this change at the moment.");
  }
  const next = isAdminRole(role)
    ? fix === "upgrade"
      ? "You can upgrade on the Billing page (Settings → Billing)."
      : "You can restore it on the Billing page (Settings → Billing)."
    : "Ask an owner or admin of the practice to upgrade the plan.";
  return new AppError("LIMIT_REACHED", `${reason} ${next}`);
}

export function assertPlanAllowsMutation(policy: LapsedPolicy, role: Role, standing: Standing): void {
  const reason = readOnlyReason(standing);
  if (reason === null || policy.kind === "allow" || (policy.kind === "clients" && role === "CLIENT")) return;
  throw planLimitError(role, reason, "restore");
}

/** The exemption every client-work procedure declares. */
export const CLIENTS_KEEP_WORKING = whileLapsed.clientsOnly(
  "a client's work on their own project is theirs, whatever the state of the practice's plan",
);
