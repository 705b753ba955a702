import type { Role } from "~/server/db/generated/enums";

// Who counts as what in a practice: the role sets procedures are declared with, and the
// predicates services, queries and pages ask. One list, so "staff" cannot mean one thing in a
// router and another in a query. Pure — it imports nothing but the generated Role type — so
// domain rules may use it too (eslint.config.mjs lets them).

export type { Role };

export const ALL_ROLES = ["OWNER", "ADMIN", "COACH", "CLIENT"] as const satisfies readonly Role[];
/** Everyone who works for the practice: who takes bookings, sees the caseload, gets the digest. */
export const STAFF_ROLES = ["OWNER", "ADMIN", "COACH"] as const satisfies readonly Role[];
/** Who runs the practice: members, billing, settings, every coach's sessions. */
export const ADMIN_ROLES = ["OWNER", "ADMIN"] as const satisfies readonly Role[];
/** Who answers for the practice as a whole: exporting all of it. */
export const OWNER_ROLES = ["OWNER"] as const satisfies readonly Role[];
/** The people being coached: the only ones who work on their own projects. */
export const CLIENT_ROLES = ["CLIENT"] as const satisfies readonly Role[];

const isOneOf = (roles: readonly Role[], role: Role) => roles.includes(role);

export const isAdminRole = (role: Role) => isOneOf(ADMIN_ROLES, role);
export const isStaffRole = (role: Role) => isOneOf(STAFF_ROLES, role);
