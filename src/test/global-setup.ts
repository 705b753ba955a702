import type { TestProject } from "vitest/node";
import { ensureAppRole } from "../../scripts/lib/app-role";
import { acquireDatabaseServer } from "../../scripts/lib/database-server";
import { createDatabase, databaseUrl } from "../../scripts/lib/postgres";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

/**
 * One migrated template database per run; every test file then gets its own copy
 * (CREATE DATABASE … TEMPLATE is a file copy, ~100 ms), so files run in parallel
 * against a real PostgreSQL without seeing each other's rows.
 * `npm test` passes a ready template in; a bare `vitest` makes its own.
 */
export default async function setup(project: TestProject) {
  const givenServer = process.env.TEST_DATABASE_SERVER_URL;
  const givenTemplate = process.env.TEST_TEMPLATE_DATABASE;
  if (givenServer && givenTemplate) {
    project.provide("databaseServerUrl", givenServer);
    project.provide("templateDatabase", givenTemplate);
    return;
  }
  const server = await acquireDatabaseServer("scratch");
  const template = `fieldnotes_template_${process.pid}`;
  await ensureAppRole(server.serverUrl);
  await createDatabase(server.serverUrl, template);
  migrateDeploy(databaseUrl(server.serverUrl, template));
  project.provide("databaseServerUrl", server.serverUrl);
  project.provide("templateDatabase", template);
  return async () => server.stop();
}
