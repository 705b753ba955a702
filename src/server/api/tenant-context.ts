import type { Standing } from "~/lib/plan-standing";
import type { Clock } from "~/server/clock";
import type { Practice, Role } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";
import type { Visibility } from "./visibility";

/**
 * What every practice-scoped service receives as its first argument. The only data
 * access it carries is `db`, already pinned to `practice`; a service cannot reach
 * another practice's rows without going out of its way.
 */
export interface TenantContext {
  readonly db: TenantDb;
  readonly practice: Practice;
  /** The practice's standing with its plan when the request began (the plan gate's input). */
  readonly standing: Standing;
  readonly membership: { readonly id: string; readonly role: Role };
  readonly actor: { readonly userId: string; readonly email: string; readonly name: string | null };
  readonly clock: Clock;
  /** What the caller may see inside the practice, as `where` filters (./visibility.ts). */
  readonly visible: Visibility;
}
