import { spawn } from "node:child_process";

// Runs `npm run worker` (the email outbox worker) as a child process, for `npm run dev`, the e2e
// tests and the benchmarks; resolves once it has started listening.
export async function startWorkerProcess(env: Record<string, string | undefined>, { quiet = false } = {}) {
  // Node itself with tsx's loader (what `npm run worker` amounts to), not npx: a signal sent to
  // `child` must reach the worker, not a launcher that would leave it running.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.worker.json", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      if (!quiet) process.stdout.write(text);
      if (text.includes("[email-worker] ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`The email worker exited (code ${code}) before it was ready`)));
  });
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
