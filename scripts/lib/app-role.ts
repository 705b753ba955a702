import { createHash } from "node:crypto";
import type pg from "pg";
import { withAdminClient } from "./postgres";

// The role the tenant data layer connects as (DATABASE_APP_URL): not the owner of any table, so the row-level
// security policies of prisma/migrations/…_row_level_security hold for it. Roles belong to the server, not to a
// database, so this is setup (before migrations), never a migration; the migration grants to the role by name.
export const APP_ROLE = "fieldnotes_app";

/**
 * The app role's password on this server, derived from the owner's URL: stable across runs and processes (every
 * test file, the dev server, the worker compute the same one, also through a proxy on another port), and secret
 * exactly as long as the owner's is.
 */
function appRolePassword(ownerUrl: string): string {
  const { username, password } = new URL(ownerUrl);
  return createHash("sha256").update(`${APP_ROLE}:${username}:${password}`).digest("hex");
}

/** The URL of `databaseUrl`'s database as the app role. */
export function appRoleUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.password = appRolePassword(databaseUrl);
  url.username = APP_ROLE;
  return url.toString();
}

// Two processes creating it at once: one gets "already exists", or the catalogue's unique index refuses it.
const CREATED_CONCURRENTLY = new Set(["42710", "23505"]);

/** Creates the app role (or sets its password) on the server of `ownerUrl`; safe to repeat, also concurrently. */
export async function ensureAppRole(ownerUrl: string): Promise<void> {
  const password = appRolePassword(ownerUrl);
  await withAdminClient(ownerUrl, async (client) => {
    const literal = client.escapeLiteral(password);
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    if (rowCount) {
      await client.query(`ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${literal}`);
      return;
    }
    try {
      await client.query(`CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${literal}`);
    } catch (error) {
      // The other process made the same role with the same password.
      if (!CREATED_CONCURRENTLY.has((error as pg.DatabaseError).code ?? "")) throw error;
    }
  });
}
