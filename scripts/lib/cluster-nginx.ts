import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NGINX_PATH } from "./debian-packages";

// Debian's nginx as the reverse proxy in front of the app instances (scripts/lib/cluster.ts),
// run without root: a generated config and every path it writes live in a throwaway folder.

export interface NginxSettings {
  /** Where nginx keeps its pid file and request-body and proxy temp files. */
  dir: string;
  port: number;
  upstreamPorts: number[];
}

export function nginxConfig({ dir, port, upstreamPorts }: NginxSettings): string {
  const temp = (name: string) => path.join(dir, name);
  // One failed attempt takes an instance out of rotation for a few seconds, so a stopped one
  // costs each client at most the one retried request that found it gone.
  const upstreams = upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  return `daemon off;
master_process on;
worker_processes 1;
error_log stderr warn;
pid ${temp("nginx.pid")};
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp("client-body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  upstream fieldnotes {
${upstreams}
    keepalive 32;
    # Below Node's 5 s keepAliveTimeout: nginx must drop an idle connection before the app does,
    # or it may send a request down one the app is closing, and a POST cannot be retried.
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port};
    listen [::1]:${port};
    client_max_body_size 1m;
    location / {
      proxy_pass http://fieldnotes;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The app sees the address the browser used (Auth.js, Server Actions' origin check).
      proxy_set_header Host $http_host;
      # Appends the client's socket address; the app, started with TRUSTED_PROXY_HOPS=1, keys its
      # rate limits on that last entry, whatever the client wrote before it.
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A request that found an instance gone (refused, reset, draining) goes to the next one.
      # Only idempotent methods are retried: without "non_idempotent" nginx never resends a POST
      # that reached an instance, since that instance may have booked the slot before it died.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      # Next.js streams pages as they render; buffering would hold each one until it is complete.
      proxy_buffering off;
      # Next.js sends large response headers (the page's CSP, preload links).
      proxy_buffer_size 32k;
      proxy_buffers 8 32k;
      proxy_busy_buffers_size 64k;
    }
  }
}
`;
}

export interface RunningNginx {
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts nginx on loopback; resolves once its config was accepted and it is running. */
export async function startNginx(settings: Omit<NginxSettings, "dir">): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`nginx is missing: run \`sudo apt-get install -y nginx\` (expected at ${NGINX_PATH}).`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "fieldnotes-nginx-"));
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfig({ ...settings, dir }));
  // -e: the error log before the config is read, which would otherwise be a root-owned file.
  const child = spawn(NGINX_PATH, ["-p", dir, "-e", "stderr", "-c", conf], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
    process.stderr.write(`[nginx] ${chunk.toString()}`);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pidFile = path.join(dir, "nginx.pid");
  const deadline = Date.now() + 10_000;
  while (!existsSync(pidFile)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx did not start: ${errors.trim() || "no pid file within 10 s"}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    child,
    async stop() {
      // SIGQUIT: finish the requests in flight, then exit.
      if (child.exitCode === null) child.kill("SIGQUIT");
      const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(forced);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
