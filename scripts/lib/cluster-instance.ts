import { spawn, type ChildProcess } from "node:child_process";

// One `npm start` (scripts/serve.ts) of the production build, as a child process of the cluster.

export interface RunningInstance {
  url: string;
  child: ChildProcess;
  /** Sends `signal` and resolves with the exit code once the process has gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const STARTUP_DEADLINE_MS = 120_000;
const SHUTDOWN_DEADLINE_MS = 20_000;

async function answersHealth(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function startInstance(port: number, env: Record<string, string | undefined>): Promise<RunningInstance> {
  const url = `http://127.0.0.1:${port}`;
  // Node with tsx's loader rather than npx, so that a signal sent to `child` reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "--port", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + STARTUP_DEADLINE_MS;
  while (!(await answersHealth(url))) {
    if (child.exitCode !== null) throw new Error(`The app instance on port ${port} exited (code ${child.exitCode}).`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(
        `The app instance on port ${port} did not answer /api/health within ${STARTUP_DEADLINE_MS / 1000} s.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    child,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null) child.kill(signal);
      const forced = setTimeout(() => child.kill("SIGKILL"), SHUTDOWN_DEADLINE_MS);
      const code = await exited;
      clearTimeout(forced);
      return code;
    },
  };
}
