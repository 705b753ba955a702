import { initTRPC, TRPCError } from "@trpc/server";
import type { Session } from "next-auth";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { AppError, zodFieldErrors, type AppErrorCode } from "~/server/errors";
import { systemClock, type Clock } from "~/server/clock";
import { ALL_ROLES, isStaffRole, type Role } from "~/server/auth/roles";
import { writeAuditEvent } from "~/server/audit/audit-log";
import { findActiveMembership, tenantDb, type TenantDb } from "~/server/db/tenant";
import { withLazyTransaction } from "~/server/db/lazy-transaction";
import { singleLineText } from "~/lib/input-text";
import { standingOf } from "~/lib/plan-standing";
import type { TenantContext } from "./tenant-context";
import { auditEntryFor } from "./audit-entry";
import { assertPlanAllowsMutation, type LapsedPolicy } from "./plan-gate";
import { visibilityOf } from "./visibility";

type ActiveMembership = Awaited<ReturnType<typeof findActiveMembership>>;

interface TRPCContext {
  headers: Headers;
  session: Session | null;
  clock: Clock;
  /**
   * The caller's membership per practice slug, read once per request for its queries: a page's layout, the page
   * and its banner each ask about the same practice. Mutations always read it afresh.
   */
  membershipsForQueries: Map<string, Promise<ActiveMembership>>;
}

export async function createTRPCContext(opts: {
  headers: Headers;
  session?: Session | null;
  clock?: Clock;
}): Promise<TRPCContext> {
  // Lazy import keeps next-auth out of tests that build a context with their own session.
  const session = opts.session !== undefined ? opts.session : await (await import("~/server/auth/config")).auth();
  return { headers: opts.headers, session, clock: opts.clock ?? systemClock, membershipsForQueries: new Map() };
}

const trpcCodeFor: Record<AppErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  LIMIT_REACHED: "PAYMENT_REQUIRED",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
};

function fieldErrors(cause: unknown): Record<string, string> | undefined {
  if (cause instanceof AppError) return cause.fields;
  if (cause instanceof ZodError) return zodFieldErrors(cause);
  return undefined;
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fields = fieldErrors(error.cause);
    const message =
      error.cause instanceof ZodError
        ? (Object.values(fields ?? {})[0] ?? "Check the highlighted fields.")
        : shape.message;
    return {
      ...shape,
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Something went wrong on our side. Please try again." : message,
      data: {
        ...shape.data,
        stack: undefined,
        fields,
        appCode: error.cause instanceof AppError ? error.cause.code : undefined,
      },
    };
  },
});

// Prisma's "record to update/delete not found": a row outside the caller's scope that a
// repository tried to write. It means the same as any other missing row.
const isRecordNotFound = (cause: unknown) => (cause as { code?: string } | undefined)?.code === "P2025";

/** One place where the application error becomes a tRPC error. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isRecordNotFound(result.error.cause)) {
    throw new TRPCError({ code: "NOT_FOUND", message: "That item was not found.", cause: result.error.cause });
  }
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: trpcCodeFor[cause.code], message: cause.message, cause });
  }
  return result;
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

const publicProcedure = t.procedure.use(mapAppErrors);

export const SECOND_FACTOR_REQUIRED_MESSAGE =
  "This practice requires two-step sign-in for its staff. Add an authenticator app or a passkey on your security page, then try again.";
const secondFactorRequired = () => new AppError("FORBIDDEN", SECOND_FACTOR_REQUIRED_MESSAGE);

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session?.user?.id) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
  return next({ ctx: { session: ctx.session, user: ctx.session.user } });
});

export const practiceSlugInput = z.object({ practiceSlug: singleLineText().trim().toLowerCase().min(1).max(64) });

function membershipFor(
  ctx: TRPCContext & { user: { id: string } },
  practiceSlug: string,
  type: "query" | "mutation" | "subscription",
) {
  if (type !== "query") return findActiveMembership(ctx.user.id, practiceSlug);
  let read = ctx.membershipsForQueries.get(practiceSlug);
  if (!read) {
    read = findActiveMembership(ctx.user.id, practiceSlug);
    ctx.membershipsForQueries.set(practiceSlug, read);
  }
  return read;
}

/**
 * The procedure kind for all practice data. The practice comes from the typed input,
 * membership and role are checked here, and the handler gets `ctx.tenant`, whose `db`
 * can only touch this practice's rows. A practice you are not an active member of is
 * NOT_FOUND, exactly like one that does not exist. Every call runs in one transaction (the
 * tenant layer sets the practice for row-level security once, when it opens); mutations
 * write an audit event in it, and what must follow (emails, jobs) is written in it too.
 *
 * Every mutation passes the plan gate: while the practice's plan has lapsed it is refused,
 * unless `whileLapsed` (./plan-gate) says otherwise, with its reason.
 *
 * `transaction: false` is for procedures that call an outside service (Stripe): the handler
 * runs on the practice's data layer without a wrapping transaction (each query then carries
 * the setting on its own), so no connection is held open across the network call, and a
 * mutation's audit event is written once it has succeeded.
 */
export function practiceProcedure(
  allowedRoles: readonly Role[] = ALL_ROLES,
  options: { transaction?: boolean; whileLapsed?: LapsedPolicy } = {},
) {
  const lapsedPolicy = options.whileLapsed ?? { kind: "refuse" };
  return protectedProcedure.input(practiceSlugInput).use(async ({ ctx, input, next, type, path, getRawInput }) => {
    const membership = await membershipFor(ctx, input.practiceSlug, type);
    if (!membership) throw new AppError("NOT_FOUND", "Practice not found.");
    if (!allowedRoles.includes(membership.role)) {
      throw new AppError("FORBIDDEN", "Your role in this practice does not allow that. Ask an owner or admin.");
    }
    if (membership.staffSecondFactorMissing && isStaffRole(membership.role)) throw secondFactorRequired();
    const { practice } = membership;
    const standing = standingOf({ status: membership.subscriptionStatus });
    if (type === "mutation") assertPlanAllowsMutation(lapsedPolicy, membership.role, standing);
    const base = {
      practice,
      standing,
      membership: { id: membership.id, role: membership.role },
      actor: { userId: ctx.user.id, email: ctx.user.email, name: ctx.user.name },
      clock: ctx.clock,
      visible: visibilityOf(membership, { userId: ctx.user.id }),
    };
    const db = tenantDb(membership.practice.id);
    if (type !== "mutation") {
      if (options.transaction === false) return next({ ctx: { tenant: { ...base, db } satisfies TenantContext } });
      // One transaction, so the practice is set for row-level security once, not once per query; opened by the
      // first query, so a read answered from the membership alone sends nothing.
      return withLazyTransaction(db, (tx) => next({ ctx: { tenant: { ...base, db: tx } satisfies TenantContext } }));
    }
    const audit = async (client: TenantDb) =>
      writeAuditEvent(client, {
        ...auditEntryFor(path, await getRawInput()),
        practiceId: membership.practice.id,
        actorUserId: ctx.user.id,
      });

    if (options.transaction === false) {
      const outcome = await next({ ctx: { tenant: { ...base, db } satisfies TenantContext } });
      if (outcome.ok) await audit(db);
      return outcome;
    }

    return db.$transaction(async (tx) => {
      const outcome = await next({ ctx: { tenant: { ...base, db: tx } satisfies TenantContext } });
      if (!outcome.ok) throw outcome.error; // roll back
      await audit(tx);
      return outcome;
    });
  });
}
