import { performance } from "node:perf_hooks";
import { ms, percentile } from "./bench-stats";
import type { BenchRow } from "./bench-table";
import { countSqlStatements } from "./sql-statements";

const CLIENTS = 500;
const RUNS = 30;

/**
 * The caseload procedure (`clients.caseload`, first page of 50, sorted by last activity) for an owner of a new
 * practice with 500 active clients split between two coaches, each with a project, contacts, outreach, interviews,
 * reflections and a session. In process, through the same tRPC caller Server Components use (the membership lookup
 * of the practice middleware included), against the bench's database (`runtimeEnv` from startAppRuntime).
 *
 * Its floor is one indexed SELECT through Prisma (a client by id), timed in the same loop, one after the other, so
 * both see the same machine load. The statement count of one read is a row of its own. So is what row-level security
 * costs one query: the same SELECT through the tenant data layer, on the app role with the practice set around it.
 */
export async function benchCaseload(runtimeEnv: Record<string, string>): Promise<BenchRow[]> {
  Object.assign(process.env, runtimeEnv);
  // Imported only now: the database client reads DATABASE_URL when it loads.
  const [
    { prisma, disconnectDatabaseClients },
    { tenantDb },
    { createCaller },
    { createTRPCContext },
    factories,
    { seedCaseloadClients },
  ] = await Promise.all([
    import("~/server/db/client"),
    import("~/server/db/tenant"),
    import("~/server/api/root"),
    import("~/server/api/trpc"),
    import("../../prisma/factories"),
    import("../../prisma/caseload-factories"),
  ]);
  const now = new Date();
  const { practice, owner } = await factories.createPractice(prisma);
  const coaches = await Promise.all([
    factories.createBookableCoach(prisma, practice.id),
    factories.createBookableCoach(prisma, practice.id),
  ]);
  const seeded: string[] = [];
  for (const [i, coach] of coaches.entries()) {
    const { clientIds } = await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: coach.profile.id,
      count: CLIENTS / coaches.length,
      now,
      prefix: `bench${i}`,
    });
    seeded.push(...clientIds);
  }
  // Statistics, as a practice's tables have them once autovacuum has seen them: planned blind, just after the bulk
  // insert, the correlated counts scan whole tables per row and the first runs take seconds.
  await prisma.$executeRaw`ANALYZE`;
  const session = {
    user: { id: owner.id, email: owner.email, name: owner.name, timeZone: null },
    expires: "2099-01-01",
  };
  // A context per call, as each request has its own.
  const caller = createCaller(() => createTRPCContext({ headers: new Headers(), session, clock: { now: () => now } }));
  const read = async () => {
    const page = await caller.clients.caseload({ practiceSlug: practice.slug, sort: "activity" });
    if (page.total !== CLIENTS) throw new Error(`expected ${CLIENTS} clients on the caseload, got ${page.total}`);
  };
  const clientId = seeded[0]!;
  const indexedSelect = async () => {
    if (!(await prisma.client.findUnique({ where: { id: clientId } }))) throw new Error("the seeded client is missing");
  };

  const tenantLayer = tenantDb(practice.id);
  const tenantSelect = async () => {
    if (!(await tenantLayer.client.findUnique({ where: { id: clientId } })))
      throw new Error("the tenant layer lost it");
  };

  await read(); // warm-up: connections, query plans
  await indexedSelect();
  await tenantSelect();
  const { statements } = await countSqlStatements(read);
  const { statements: tenantStatements } = await countSqlStatements(tenantSelect);
  const caseload: number[] = [];
  const floor: number[] = [];
  const tenant: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    caseload.push(await timed(read));
    floor.push(await timed(indexedSelect));
    tenant.push(await timed(tenantSelect));
  }
  await disconnectDatabaseClients();

  const caseloadMedian = percentile(caseload, 50);
  const floorMedian = percentile(floor, 50);
  const tenantMedian = percentile(tenant, 50);
  console.log(`\nCaseload: clients.caseload for an owner, ${CLIENTS} active clients, first page of 50, ${RUNS} runs`);
  console.log(`  p50 ${ms(caseloadMedian, 1)}, p95 ${ms(percentile(caseload, 95), 1)}, ${statements} SQL statements`);
  console.log(`  one indexed SELECT (floor): p50 ${ms(floorMedian, 2)}`);
  console.log(
    `  the same through the tenant layer (row-level security): p50 ${ms(tenantMedian, 2)}, ${tenantStatements} statements`,
  );
  const figure = `clients.caseload, first page of ${CLIENTS} active clients`;
  return [
    {
      figure,
      value: caseloadMedian,
      unit: "ms",
      floor: { name: "one indexed SELECT (client by id)", value: floorMedian },
      higherIsBetter: false,
    },
    {
      figure: `${figure}: SQL statements`,
      value: statements,
      unit: "statements",
      floor: null,
      higherIsBetter: false,
      note: "goal ≤ 5: the membership and the page; an admin's coach list comes in the same statement",
    },
    {
      figure: `one indexed SELECT through the tenant layer (row-level security, ${tenantStatements} statements)`,
      value: tenantMedian,
      unit: "ms",
      floor: { name: "one indexed SELECT (client by id)", value: floorMedian },
      higherIsBetter: false,
      note: "outside a transaction: BEGIN, the setting, the query, COMMIT",
    },
  ];
}

async function timed(work: () => Promise<void>): Promise<number> {
  const at = performance.now();
  await work();
  return performance.now() - at;
}
