import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { EmbeddedPostgresOptions } from "../embedded-postgres";

export interface DatabaseServer {
  /** A URL of the server's `postgres` database; swap the path for other databases. */
  serverUrl: string;
  /** False for the server DATABASE_URL names: it is not ours, so only our databases go. */
  embedded: boolean;
  stop(): Promise<void>;
}

const embeddedPostgresScript = fileURLToPath(new URL("../embedded-postgres.ts", import.meta.url));

/**
 * The PostgreSQL server a script should use: the one DATABASE_URL names when it is set,
 * otherwise an embedded server — persistent under .data/ for development, throwaway in
 * the system temp folder for tests and one-off tools.
 *
 * The embedded server runs in a child process (scripts/embedded-postgres.ts) so that
 * embedded-postgres' exit hook never runs where an exit code matters. The child stops the
 * server when this process lets go of its stdin, which also happens when this process dies.
 */
export async function acquireDatabaseServer(purpose: "dev" | "scratch"): Promise<DatabaseServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { serverUrl: configured, embedded: false, stop: async () => {} };
  const options: EmbeddedPostgresOptions =
    purpose === "dev"
      ? { dataDir: path.resolve(".data/postgres"), port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329) }
      : {};
  // Node with tsx's loader rather than npx, so that the pipe and signals reach the script itself.
  const child = spawn(process.execPath, ["--import", "tsx", embeddedPostgresScript, JSON.stringify(options)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const serverUrl = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", (line) => {
      resolve((JSON.parse(line) as { serverUrl: string }).serverUrl);
    });
    void exited.then(() =>
      reject(new Error(`Embedded PostgreSQL exited (code ${child.exitCode}) before it was ready`)),
    );
  });
  return {
    serverUrl,
    embedded: true,
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}
