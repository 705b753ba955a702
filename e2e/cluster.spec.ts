import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { createBookableCoach, createPractice } from "../prisma/factories";
import { startCluster, type Cluster } from "../scripts/lib/cluster";
import { startInstance } from "../scripts/lib/cluster-instance";
import { freePort } from "../scripts/lib/postgres";
import { e2eDb } from "./support/db";
import { uniqueEmail } from "./support/mail";

// The production build as it runs on several servers: two instances of `npm start` sharing the
// e2e database behind nginx (scripts/lib/cluster.ts), a cluster of this spec's own so that it can
// stop an instance without disturbing the other specs.

test.describe.configure({ mode: "serial" });

let cluster: Cluster;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const [proxyPort, ...instancePorts] = await Promise.all([freePort(), freePort(), freePort()]);
  cluster = await startCluster({ proxyPort: proxyPort!, instancePorts, env: process.env });
});

test.afterAll(async () => {
  await cluster?.stop();
});

/** A coach open 09:00–17:00 UTC every day, and a slot at 10:00 UTC three days from now. */
async function bookableCoach() {
  const db = e2eDb();
  const { practice } = await createPractice(db);
  const { profile } = await createBookableCoach(db, practice.id, { timeZone: "UTC" });
  const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  return { practiceSlug: practice.slug, coachSlug: profile.slug, day, start: `${day}T10:00:00.000Z` };
}

const slotsPath = (coach: { practiceSlug: string; coachSlug: string; day: string }) =>
  `/api/public/practices/${coach.practiceSlug}/coaches/${coach.coachSlug}/slots?from=${coach.day}&to=${coach.day}&timeZone=UTC`;

/** A GET to the proxy from a loopback address of our choosing, the way a distinct client would connect. */
function getFrom(localAddress: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const { port } = new URL(cluster.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, localAddress, headers, timeout: 15_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode!));
    });
    req.on("timeout", () => req.destroy(new Error(`GET ${path} from ${localAddress} timed out`)));
    req.on("error", reject);
    req.end();
  });
}

test("a booking through one instance removes the slot from the other instance's very next answer", async ({
  request,
}) => {
  const coach = await bookableCoach();
  const [a, b] = cluster.instances;
  // Straight to the instances, as the proxy would send them: they trust one X-Forwarded-For hop.
  const asProxy = { "X-Forwarded-For": "127.0.0.4" };
  const offeredByB = async () => {
    const response = await request.get(`${b!.url}${slotsPath(coach)}`, { headers: asProxy });
    expect(response.status()).toBe(200);
    return ((await response.json()).slots as Array<{ start: string }>).map((slot) => slot.start);
  };

  expect(await offeredByB()).toContain(coach.start);
  const { practiceSlug, coachSlug, start } = coach;
  const booked = await request.post(`${a!.url}/api/public/bookings`, {
    headers: asProxy,
    data: { practiceSlug, coachSlug, start, name: "Sam Okafor", email: uniqueEmail("cluster"), timeZone: "UTC" },
  });
  expect(booked.status()).toBe(201);
  expect(await offeredByB()).not.toContain(coach.start);
});

test("health and readiness answer through the proxy, and readiness says when the database is unreachable", async ({
  request,
}) => {
  const health = await request.get(`${cluster.url}/api/health`);
  expect(health.status()).toBe(200);
  expect(health.headers()["cache-control"]).toBe("no-store");
  expect(await health.json()).toEqual({ status: "ok" });

  const ready = await request.get(`${cluster.url}/api/ready`);
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });

  // An instance whose database is a port nothing listens on: alive, but not ready.
  const closedPort = await freePort();
  const stranded = await startInstance(await freePort(), {
    ...process.env,
    DATABASE_URL: `postgres://fieldnotes@127.0.0.1:${closedPort}/fieldnotes`,
  });
  try {
    expect((await request.get(`${stranded.url}/api/health`)).status()).toBe(200);
    const unready = await request.get(`${stranded.url}/api/ready`);
    expect(unready.status()).toBe(503);
    expect(unready.headers()["cache-control"]).toBe("no-store");
    expect(await unready.json()).toEqual({
      status: "unavailable",
      reason: "The database did not answer. Check that it is running and reachable.",
    });
  } finally {
    await stranded.stop();
  }
});

test("rate limits key on the address nginx saw, not on an X-Forwarded-For the client sent", async () => {
  const path = slotsPath(await bookableCoach());
  const exhausted = async (address: string, headers?: Record<string, string>) => {
    const statuses = [];
    for (let n = 0; n < 4; n++) statuses.push(await getFrom(address, path, headers));
    return statuses;
  };
  // Whether each instance counts on its own or they share one count, a client that has had four
  // refusals in a row through round-robin has exhausted its limit everywhere.
  await expect(async () => {
    let refusedInARow = 0;
    for (let sent = 0; refusedInARow < 4; sent++) {
      expect(sent, "127.0.0.2 was never refused").toBeLessThan(600);
      refusedInARow = (await getFrom("127.0.0.2", path)) === 429 ? refusedInARow + 1 : 0;
    }
    expect(await exhausted("127.0.0.3")).toEqual([200, 200, 200, 200]);
    expect(await exhausted("127.0.0.2", { "X-Forwarded-For": "203.0.113.7" })).toEqual([429, 429, 429, 429]);
  }).toPass({ timeout: 150_000 });
});

test("SIGTERM to one instance during a load of GETs through nginx loses no request", async () => {
  test.setTimeout(180_000);
  const total = 200;
  const statuses: number[] = [];
  let sent = 0;
  let stopped: Promise<number | null> | undefined;
  const client = async () => {
    while (sent < total) {
      sent++;
      const response = await fetch(`${cluster.url}/signin`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      statuses.push(response.status);
      // A fifth of the way in, while requests are in flight on both instances.
      if (statuses.length === total / 5) stopped = cluster.stopInstance(0, "SIGTERM");
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));

  expect(stopped, "the instance was stopped during the load").toBeDefined();
  expect(await stopped).toBe(0);
  expect(statuses).toHaveLength(total);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
});
