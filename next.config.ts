import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { loadEnv } from "./src/env";
import { STATIC_SECURITY_HEADERS } from "./src/server/http/security-headers";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["pg", "nodemailer"],
  // `npm test` typechecks in a step of its own before it builds (scripts/lib/test-runners.ts), so its build skips
  // the second pass; `npm run build` and `npm start` still refuse a type error.
  typescript: { ignoreBuildErrors: process.env.FIELDNOTES_BUILD_SKIP_TYPECHECK === "1" },
  async headers() {
    return [
      {
        source: "/:path*",
        // The Content-Security-Policy and HSTS are per page, from src/proxy.ts.
        headers: STATIC_SECURITY_HEADERS,
      },
    ];
  },
};

export default function nextConfig(phase: string): NextConfig {
  // `next dev` and `next start` validate the environment before serving anything, so a
  // missing or malformed variable stops the server with a message that says what to set.
  // A build may run where runtime secrets are absent (CI, image builds), so it does not.
  if (phase !== PHASE_PRODUCTION_BUILD) loadEnv();
  return config;
}
