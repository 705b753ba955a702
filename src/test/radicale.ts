import { afterAll } from "vitest";
import { startRadicale } from "../../scripts/lib/radicale";

// Import this first in a test file that talks CalDAV: it starts a Radicale for the file and adds it to
// OUTBOUND_ALLOWED_HOSTS (src/env.ts reads it lazily, on first use), so code under test that fetches
// with the default policy may reach it on 127.0.0.1.

export const radicale = await startRadicale();

process.env.OUTBOUND_ALLOWED_HOSTS = [process.env.OUTBOUND_ALLOWED_HOSTS, radicale.hostPort].filter(Boolean).join(",");

afterAll(() => radicale.stop());
