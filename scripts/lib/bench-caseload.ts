import { performance } from "node:perf_hooks";
import { ms, percentile } from "./bench-stats";
import { countSqlStatements } from "./sql-statements";

const CLIENTS = 500;
const RUNS = 30;

/**
 * The caseload procedure (`clients.caseload`, first page of 50, sorted by last activity) for an
 * owner of a new practice with 500 active clients split between two coaches, each with a project,
 * contacts, outreach, interviews, reflections and a session. In process, through the same tRPC
 * caller Server Components use, against the bench's database (`runtimeEnv` from startAppRuntime).
 * Prints latency and how many SQL statements one read sends.
 */
export async function benchCaseload(runtimeEnv: Record<string, string>) {
  Object.assign(process.env, runtimeEnv);
  // Imported only now: the database client reads DATABASE_URL when it loads.
  const [{ prisma }, { createCaller }, factories, { seedCaseloadClients }] = await Promise.all([
    import("~/server/db/client"),
    import("~/server/api/root"),
    import("../../prisma/factories"),
    import("../../prisma/caseload-factories"),
  ]);
  const now = new Date();
  const { practice, owner } = await factories.createPractice(prisma);
  const coaches = await Promise.all([
    factories.createBookableCoach(prisma, practice.id),
    factories.createBookableCoach(prisma, practice.id),
  ]);
  for (const [i, coach] of coaches.entries()) {
    await seedCaseloadClients(prisma, {
      practiceId: practice.id,
      coachProfileId: coach.profile.id,
      count: CLIENTS / coaches.length,
      now,
      prefix: `bench${i}`,
    });
  }
  const caller = createCaller({
    headers: new Headers(),
    session: { user: { id: owner.id, email: owner.email, name: owner.name, timeZone: null }, expires: "2099-01-01" },
    clock: { now: () => now },
  });
  const read = () => caller.clients.caseload({ practiceSlug: practice.slug, sort: "activity" });

  await read(); // warm-up: connections, query plans
  const latencies: number[] = [];
  const { statements } = await countSqlStatements(async () => {
    for (let run = 0; run < RUNS; run++) {
      const at = performance.now();
      const page = await read();
      latencies.push(performance.now() - at);
      if (page.total !== CLIENTS) throw new Error(`expected ${CLIENTS} clients on the caseload, got ${page.total}`);
    }
  });
  console.log(`\nCaseload: clients.caseload for an owner, ${CLIENTS} active clients, first page of 50, ${RUNS} runs`);
  console.log(["p50", "p95", "SQL statements per read"].map((h) => h.padStart(14)).join(" "));
  console.log(
    [ms(percentile(latencies, 50), 1), ms(percentile(latencies, 95), 1), String(statements / RUNS)]
      .map((cell) => cell.padStart(14))
      .join(" "),
  );
  await prisma.$disconnect();
}
