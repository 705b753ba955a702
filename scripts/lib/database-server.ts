import { tmpdir } from "node:os";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { startEmbeddedPostgres, type RunningPostgres } from "./postgres";

/**
 * The PostgreSQL server a script should use: the one DATABASE_URL names when it is set,
 * otherwise an embedded server — persistent under .data/ for development, throwaway in
 * the system temp folder for tests and one-off tools.
 */
export async function acquireDatabaseServer(
  purpose: "dev" | "scratch",
): Promise<RunningPostgres & { embedded: boolean }> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { serverUrl: configured, stop: async () => {}, embedded: false };
  const server =
    purpose === "dev"
      ? await startEmbeddedPostgres({
          dataDir: path.resolve(".data/postgres"),
          port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
          persistent: true,
        })
      : await startEmbeddedPostgres({
          dataDir: path.join(mkdtempSync(path.join(tmpdir(), "fieldnotes-pg-")), "data"),
          persistent: false,
          fast: true,
        });
  return { ...server, embedded: true };
}
