import { startInstance, type RunningInstance } from "./cluster-instance";
import { startNginx, type RunningNginx } from "./cluster-nginx";
import { startWorkerProcess } from "./worker-process";

// Production on one machine, as it runs on several: app instances of the production build
// (scripts/serve.ts) behind nginx, and optionally the worker. `npm run start:cluster`, the
// e2e suite (playwright.config.ts) and e2e/cluster.spec.ts start it through here.

export interface ClusterOptions {
  /** nginx listens here on 127.0.0.1 and ::1: the address clients use. */
  proxyPort: number;
  /** One app instance per port, on 127.0.0.1, reachable directly as well as through nginx. */
  instancePorts: number[];
  /** The app's environment (DATABASE_URL, SMTP_URL, AUTH_SECRET, …), shared by every process. */
  env: Record<string, string | undefined>;
  /** Start the worker too (the e2e runner starts its own). */
  worker?: boolean;
}

export interface Cluster {
  url: string;
  instances: Array<{ url: string; pid: number }>;
  /** Stops one instance with `signal` (SIGTERM drains it) and resolves with its exit code. */
  stopInstance(index: number, signal?: NodeJS.Signals): Promise<number | null>;
  stop(): Promise<void>;
}

export async function startCluster({
  proxyPort,
  instancePorts,
  env,
  worker = false,
}: ClusterOptions): Promise<Cluster> {
  // nginx is the one proxy in front, appending the client's address to X-Forwarded-For.
  const instanceEnv = { ...env, TRUSTED_PROXY_HOPS: "1" };
  const started: RunningInstance[] = [];
  let nginx: RunningNginx | undefined;
  try {
    // One at a time: each instance's start-up is CPU-bound, and two cores are shared.
    for (const port of instancePorts) started.push(await startInstance(port, instanceEnv));
    nginx = await startNginx({ port: proxyPort, upstreamPorts: instancePorts });
    const proxy = nginx;
    const workerProcess = worker ? await startWorkerProcess(env, { quiet: true }) : undefined;
    return {
      url: `http://localhost:${proxyPort}`,
      instances: started.map((instance) => ({ url: instance.url, pid: instance.child.pid! })),
      stopInstance: (index, signal) => started[index]!.stop(signal),
      async stop() {
        await proxy.stop();
        await Promise.all([...started.map((instance) => instance.stop()), workerProcess?.stop()]);
      },
    };
  } catch (error) {
    await Promise.all([nginx?.stop(), ...started.map((instance) => instance.stop("SIGKILL"))]);
    throw error;
  }
}
