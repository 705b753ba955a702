import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStatementProxy, type StatementProxy } from "./pg-statement-proxy";

describe("startStatementProxy", () => {
  let proxy: StatementProxy;
  let client: pg.Client;
  beforeAll(async () => {
    proxy = await startStatementProxy(process.env.DATABASE_URL!);
    client = new pg.Client({ connectionString: proxy.databaseUrl, connectionTimeoutMillis: 10_000 });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await proxy?.stop();
  });

  it("counts simple and extended-protocol statements, and only those, through to a real server", async () => {
    proxy.reset();
    expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    expect((await client.query("SELECT $1::int + 1 AS two", [1])).rows).toEqual([{ two: 2 }]);
    await client.query({ name: "prepared-three", text: "SELECT $1::int AS three", values: [3] });
    await client.query({ name: "prepared-three", text: "SELECT $1::int AS three", values: [3] });
    expect(proxy.statements()).toBe(4);
  });

  it("counts a large statement split over many TCP packets once", async () => {
    proxy.reset();
    const big = "x".repeat(300_000);
    const { rows } = await client.query<{ length: number }>("SELECT length($1::text) AS length", [big]);
    expect(rows[0]!.length).toBe(big.length);
    expect(proxy.statements()).toBe(1);
  });
});
