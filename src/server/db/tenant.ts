import { enqueueJob, type JobQueue, type SqlTransaction } from "~/server/jobs/jobs";
import { appRolePrisma, prisma, type Db, type Practice, type Prisma, type Role } from "./client";

// The data layer a practice procedure hands its handler: a Prisma client whose every
// query on a tenant model is pinned to one practice. Filters get `practiceId` forced
// into their `where` (overriding anything the caller passed), creates get it written,
// and models that are not practice data are not reachable at all. A row of another
// practice therefore looks exactly like a row that does not exist.
//
// Behind that, the database holds the same line: the layer connects as the app role
// (appRolePrisma), for which row-level security shows only rows whose practiceId equals
// the transaction's `app.practice_id`, and sets that for every query it runs.

// Every model that belongs to one practice, by its client delegate (the model name with a lower-case
// first letter). tenant-models.test.ts checks it against the schema's models that have a `practiceId`.
const TENANT_MODEL_DELEGATES = [
  "membership",
  "invitation",
  "auditEvent",
  "coachProfile",
  "sessionType",
  "client",
  "booking",
  "emailMessage",
  "emailOptOut",
  "practiceSubscription",
  "projectTemplate",
  "outreachTemplate",
  "project",
  "projectTrack",
  "contact",
  "outreachEvent",
  "interview",
  "reflection",
  "reflectionComment",
  "readinessCheckIn",
  "coachNote",
  "calendarConnection",
  "calendarSource",
  "calendarBusyBlock",
  "calendarSessionCopy",
] as const;

/** The models (as Prisma names them) whose every query is pinned to the practice. */
export const TENANT_MODELS: ReadonlySet<string> = new Set(
  TENANT_MODEL_DELEGATES.map((delegate) => delegate[0]!.toUpperCase() + delegate.slice(1)),
);

const WHERE_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

const UNIQUE_WHERE_OPERATIONS = new Set(["findUnique", "findUniqueOrThrow", "update", "delete", "upsert"]);

/**
 * Adds `key = practiceId` to a filter. Unique lookups need the key at the top level;
 * everything else gets an AND, so a caller's own `practiceId: other` matches nothing
 * rather than being silently rewritten.
 */
function pinWhere(operation: string, where: object | undefined, key: string, practiceId: string): object {
  const given = (where ?? {}) as Record<string, unknown>;
  if (!UNIQUE_WHERE_OPERATIONS.has(operation)) return { AND: [given, { [key]: practiceId }] };
  if (given[key] !== undefined && given[key] !== practiceId)
    return { ...given, [key]: practiceId, AND: [{ [key]: given[key] }] };
  return { ...given, [key]: practiceId };
}

type Args = Record<string, unknown> & { where?: object; data?: unknown; create?: object; update?: object };

function withoutPracticeFields<T>(data: T): T {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data;
  const { practiceId: _id, practice: _relation, ...rest } = data as Record<string, unknown>;
  return rest as T;
}

function scopeArgs(model: string, operation: string, rawArgs: unknown, practiceId: string): Args {
  const args: Args = { ...((rawArgs as Args | undefined) ?? {}) };
  if (model === "Practice") {
    if (!WHERE_OPERATIONS.has(operation) || operation === "upsert" || operation.startsWith("delete")) {
      throw new Error(`Practice.${operation} is not allowed through the tenant data layer.`);
    }
    args.where = pinWhere(operation, args.where, "id", practiceId);
    if (args.data) args.data = withoutPracticeFields(args.data);
    return args;
  }
  if (!TENANT_MODELS.has(model)) {
    throw new Error(`${model} is not practice data; reach it through its own repository, not the tenant data layer.`);
  }
  if (WHERE_OPERATIONS.has(operation)) args.where = pinWhere(operation, args.where, "practiceId", practiceId);
  // A cursor names a row too: one of another practice must not anchor this practice's page.
  if (args.cursor) args.cursor = pinWhere("findUnique", args.cursor as object, "practiceId", practiceId);
  if (operation === "create" || operation === "createManyAndReturn" || operation === "createMany") {
    args.data = Array.isArray(args.data)
      ? args.data.map((row: object) => ({ ...withoutPracticeFields(row), practiceId }))
      : { ...withoutPracticeFields(args.data as object), practiceId };
  } else if (operation === "upsert") {
    args.create = { ...withoutPracticeFields(args.create), practiceId };
    args.update = withoutPracticeFields(args.update);
  } else if (args.data) {
    args.data = withoutPracticeFields(args.data);
  }
  return args;
}

function extendForPractice(base: Db, practiceId: string) {
  return base.$extends({
    name: `tenant:${practiceId}`,
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          return query(scopeArgs(model, operation, args, practiceId) as typeof args);
        },
      },
    },
  });
}

type Extended = ReturnType<typeof extendForPractice>;

/** What the row-level security policies compare "practiceId" with (prisma/migrations/…_row_level_security). */
function settingPractice(client: Extended, practiceId: string) {
  return client.$executeRaw`SELECT set_config('app.practice_id', ${practiceId}, true)`;
}

// The setting is transaction-local, so it cannot outlive its query on a pooled connection. Outside
// `$transaction`, each query therefore runs as a batch of its own (Prisma's documented pattern for
// row-level security): the setting, then the query, in one transaction. Inside one, the setting is
// made once when it opens (see `wrap`), which is why practice procedures run in a transaction.
function settingPerQuery(scoped: Extended, practiceId: string) {
  return scoped.$extends({
    name: "tenant:setting-per-query",
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          const [, result] = await scoped.$transaction([
            settingPractice(scoped, practiceId),
            query(args) as Prisma.PrismaPromise<unknown>,
          ]);
          return result;
        },
      },
    },
  });
}
// What a TenantDb exposes: the practice itself (pinned to its own row) and its tenant models.
const TENANT_DELEGATES = ["practice", ...TENANT_MODEL_DELEGATES] as const;
type TenantDelegates = Pick<Extended, (typeof TENANT_DELEGATES)[number]>;

export type TenantDb = TenantDelegates &
  JobQueue & {
    readonly practiceId: string;
    /** Runs `fn` in one database transaction, still scoped to the practice. */
    $transaction<T>(fn: (tx: TenantDb) => Promise<T>): Promise<T>;
    /**
     * Serializes a count-then-write: waits until no other open transaction holds the lock
     * named `scope` in this practice, and holds it until this transaction ends. Only
     * meaningful inside `$transaction` (outside one it would be released at once, so it throws).
     */
    $lock(scope: string): Promise<void>;
  };

// Prisma gives up on a transaction that waits 2 s for a pooled connection, which a burst of
// requests queueing behind one lock (or a busy pool) can exceed; waiting longer answers them all.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

type RawClient = { $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number> };

/**
 * A transaction-scoped advisory lock on a 64-bit hash of (practice, scope): no table rows are
 * locked, and commit or rollback releases it, so it is never leaked. `client` must be inside
 * a transaction. Exported for the few system paths (an invitation's acceptance) that write
 * practice rows outside a member's request and must queue behind the same counts.
 */
export async function lockPracticeScope(client: RawClient, practiceId: string, scope: string): Promise<void> {
  await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${practiceId}:${scope}`}, 0))`;
}

function wrap(client: unknown, practiceId: string, root: Extended | null): TenantDb {
  const delegates = client as unknown as TenantDelegates;
  const scoped: TenantDb = {
    practiceId,
    ...(Object.fromEntries(TENANT_DELEGATES.map((name) => [name, delegates[name]])) as TenantDelegates),
    // Inside a transaction, a nested one joins it.
    $transaction: (fn) =>
      root
        ? root.$transaction(async (tx) => {
            await settingPractice(tx as Extended, practiceId);
            return fn(wrap(tx, practiceId, null));
          }, TRANSACTION_OPTIONS)
        : fn(scoped),
    async $lock(scope) {
      if (root) throw new Error("$lock holds only inside $transaction.");
      await lockPracticeScope(client as RawClient, practiceId, scope);
    },
    // A job is not practice data: it goes through the same connection (so the same transaction),
    // not through the scoped delegates.
    $enqueueJob: (kind, data) => enqueueJob(client as SqlTransaction, kind, data),
  };
  return scoped;
}

export function tenantDb(practiceId: string, base: Db = appRolePrisma()): TenantDb {
  const root = extendForPractice(base, practiceId);
  return wrap(settingPerQuery(root, practiceId), practiceId, root);
}

type MembershipRow = Practice & {
  membershipId: string;
  role: Role;
  subscriptionStatus: string | null;
  staffSecondFactorMissing: boolean;
};

/**
 * The caller's active membership of the practice with this slug, with the practice and its
 * plan's status, or null: the one tenancy lookup, made by every practice procedure, so it is
 * one statement (Prisma would send one per relation). `staffSecondFactorMissing`: the practice requires a second
 * factor of its staff and this person has none (no confirmed authenticator app, no passkey); the role decides.
 */
export async function findActiveMembership(userId: string, practiceSlug: string) {
  const rows = await prisma.$queryRaw<MembershipRow[]>`
    SELECT m."id" AS "membershipId", m."role"::text AS "role", p.*, s."status" AS "subscriptionStatus",
      p."requireStaffSecondFactor" AND NOT (
        EXISTS (SELECT 1 FROM "Passkey" k WHERE k."userId" = m."userId")
        OR EXISTS (SELECT 1 FROM "TotpAuthenticator" t WHERE t."userId" = m."userId" AND t."confirmedAt" IS NOT NULL)
      ) AS "staffSecondFactorMissing"
    FROM "Membership" m
    JOIN "Practice" p ON p."id" = m."practiceId"
    LEFT JOIN "PracticeSubscription" s ON s."practiceId" = p."id"
    WHERE m."userId" = ${userId} AND m."removedAt" IS NULL AND p."slug" = ${practiceSlug}
    LIMIT 1`;
  const row = rows[0];
  if (!row) return null;
  const { membershipId, role, subscriptionStatus, staffSecondFactorMissing, ...practice } = row;
  return { id: membershipId, role, practice, subscriptionStatus, staffSecondFactorMissing };
}
