import { beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  createBookableCoach,
  createClient,
  createPractice,
  createProjectFixture,
} from "../../../prisma/factories";
import { appRolePrisma, prisma } from "./client";
import { tenantDb } from "./tenant";

// The database's second wall between practices: over the app role (the tenant data layer's
// connection), row-level security shows a row of practice data only to a transaction whose
// `app.practice_id` is that row's practice. These tests go around the layer's own filter and
// talk to that connection directly, so only the policies stand between the practices.

const appRole = appRolePrisma();

// Names are cast to text: the driver adapter cannot read Postgres' `name` type (prisma/orm#27403).
const TABLES_WITH_PRACTICE_ID = `
  SELECT c.relname::text AS "table", c.relrowsecurity AS "rowSecurity",
    pg_get_userbyid(c.relowner)::text AS owner,
    coalesce(array(SELECT pg_get_expr(p.polqual, p.polrelid) FROM pg_policy p WHERE p.polrelid = c.oid
      AND p.polcmd = '*' AND pg_get_expr(p.polwithcheck, p.polrelid) = pg_get_expr(p.polqual, p.polrelid)), '{}')
      AS policies,
    has_table_privilege(current_user, c.oid, 'SELECT, INSERT, UPDATE, DELETE') AS "dmlGranted"
  FROM pg_class c
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
    AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'practiceId' AND NOT a.attisdropped)
      OR c.relname = 'Practice')
  ORDER BY c.relname`;

type TableRow = { table: string; rowSecurity: boolean; owner: string; policies: string[]; dmlGranted: boolean };

/** Runs `work` on the app role in one transaction whose practice setting is `practiceId`, as the tenant layer does. */
function asPractice<T>(
  practiceId: string,
  work: (tx: Parameters<Parameters<typeof appRole.$transaction>[0]>[0]) => Promise<T>,
) {
  return appRole.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.practice_id', ${practiceId}, true)`;
    return work(tx);
  });
}

let a: Awaited<ReturnType<typeof createPractice>>;
let b: Awaited<ReturnType<typeof createPractice>>;
let bClientId: string;

beforeAll(async () => {
  a = await createPractice(prisma);
  b = await createPractice(prisma);
  for (const { practice } of [a, b]) {
    const coach = await createBookableCoach(prisma, practice.id);
    const client = await createClient(prisma, practice.id, { status: "ACTIVE", coachProfileId: coach.profile.id });
    await createProjectFixture(prisma, {
      practiceId: practice.id,
      clientId: client.id,
      coachProfileId: coach.profile.id,
      authorUserId: coach.user.id,
    });
    if (practice.id === b.practice.id) bClientId = client.id;
  }
});

describe("row-level security on practice data", () => {
  it("binds the tenant layer's connection: a role that owns no table and cannot bypass policies", async () => {
    const [role] = await appRole.$queryRaw<Array<{ user: string; superuser: boolean; bypass: boolean }>>`
      SELECT current_user::text AS "user", rolsuper AS superuser, rolbypassrls AS bypass
      FROM pg_roles WHERE rolname = current_user`;
    expect(role).toEqual({ user: "fieldnotes_app", superuser: false, bypass: false });
  });

  it("is enabled, with the practice policy, on every table that has a practiceId, and none is the app role's", async () => {
    const tables = await appRole.$queryRawUnsafe<TableRow[]>(TABLES_WITH_PRACTICE_ID);
    const policy = (column: string) => `(${column} = current_setting('app.practice_id'::text, true))`;
    const unguarded = tables.filter(
      (row) =>
        !row.rowSecurity ||
        row.owner === "fieldnotes_app" ||
        !row.dmlGranted ||
        !row.policies.includes(policy(row.table === "Practice" ? "id" : '"practiceId"')),
    );
    expect(unguarded.map((row) => row.table)).toEqual([]);
    // The catalogue query itself: it sees the tables it must.
    expect(tables.map((row) => row.table)).toEqual(expect.arrayContaining(["Practice", "Client", "Reflection"]));
    expect(tables.length).toBeGreaterThan(20);
  });

  it("shows nothing to a query without the practice setting", async () => {
    const tables = await appRole.$queryRawUnsafe<TableRow[]>(TABLES_WITH_PRACTICE_ID);
    for (const { table } of tables) {
      const [visible] = await appRole.$queryRawUnsafe<[{ rows: number }]>(
        `SELECT count(*)::int AS rows FROM "${table}"`,
      );
      expect({ table, rows: visible.rows }).toEqual({ table, rows: 0 });
    }
    expect(await appRole.client.findMany({})).toEqual([]);
    // The same tables hold rows, as their owner sees.
    expect(await prisma.client.count({ where: { practiceId: { in: [a.practice.id, b.practice.id] } } })).toBe(2);
    // A write without the setting is refused too.
    await expect(
      appRole.$executeRaw`INSERT INTO "AuditEvent" ("id", "practiceId", "action") VALUES ('rls-none', ${a.practice.id}, 'test')`,
    ).rejects.toThrow(/row-level security/);
  });

  it("with another practice set, hides a practice's rows even when asked by id, and refuses writing them", async () => {
    const seen = await asPractice(a.practice.id, async (tx) => ({
      byId: await tx.client.findUnique({ where: { id: bClientId } }),
      byPractice: await tx.reflection.findMany({ where: { practiceId: b.practice.id } }),
      own: await tx.client.count({}),
      updated: await tx.client.updateMany({ where: { id: bClientId }, data: { name: "Taken" } }),
    }));
    expect(seen).toEqual({ byId: null, byPractice: [], own: 1, updated: { count: 0 } });
    expect((await prisma.client.findUniqueOrThrow({ where: { id: bClientId } })).name).not.toBe("Taken");

    await expect(
      asPractice(
        a.practice.id,
        (tx) =>
          tx.$executeRaw`INSERT INTO "AuditEvent" ("id", "practiceId", "action") VALUES ('rls-b', ${b.practice.id}, 'test')`,
      ),
    ).rejects.toThrow(/row-level security/);
    // Nor can a row of its own be moved into the other practice.
    await expect(
      asPractice(a.practice.id, async (tx) => {
        await tx.$executeRaw`INSERT INTO "AuditEvent" ("id", "practiceId", "action") VALUES ('rls-a', ${a.practice.id}, 'test')`;
        return tx.$executeRaw`UPDATE "AuditEvent" SET "practiceId" = ${b.practice.id} WHERE "id" = 'rls-a'`;
      }),
    ).rejects.toThrow(/row-level security/);
  });

  it("holds where the tenant layer's filter does not reach: a nested read through a person of two practices", async () => {
    // The layer pins the top-level query only; `membership.user.memberships` would list the other practice's row.
    await addMember(prisma, b.practice.id, "ADMIN", a.owner);
    const nested = { where: { userId: a.owner.id }, include: { user: { include: { memberships: true } } } };
    const outside = await tenantDb(a.practice.id).membership.findFirstOrThrow(nested);
    const inside = await tenantDb(a.practice.id).$transaction((tx) => tx.membership.findFirstOrThrow(nested));
    for (const read of [outside, inside]) {
      expect(read.user.memberships.map((m) => m.practiceId)).toEqual([a.practice.id]);
    }
    // The owner's connection, which the policies do not bind, sees both.
    const unbound = await prisma.membership.findFirstOrThrow(nested);
    expect(unbound.user.memberships.map((m) => m.practiceId).sort()).toEqual([a.practice.id, b.practice.id].sort());
  });
});
