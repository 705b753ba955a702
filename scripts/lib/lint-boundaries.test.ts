import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import boundaries of eslint.config.mjs, each tried with a file that breaks it: if a rule
// stops holding (a glob renamed, a block reordered so a later one overrides it), this fails.
const violations: Array<{ rule: string; filePath: string; code: string }> = [
  {
    rule: "no module imports another module's repository",
    filePath: "src/modules/clients/server/probe.service.ts",
    code: 'import { listSessions } from "~/modules/bookings/server/bookings.repo";\nexport const probe = listSessions;\n',
  },
  {
    rule: "infrastructure imports no feature module",
    filePath: "src/server/email/probe.ts",
    code: 'import { projectProgress } from "~/modules/projects/domain/progress";\nexport const probe = projectProgress;\n',
  },
  {
    rule: "components import nothing from routes",
    filePath: "src/components/ui/probe.tsx",
    code: 'import RootLayout from "~/app/layout";\nexport const probe = RootLayout;\n',
  },
  {
    rule: "ui imports server code for types only",
    filePath: "src/modules/clients/ui/probe.tsx",
    code: 'import { listSessions } from "~/modules/bookings/server/coach-bookings.service";\nexport const probe = listSessions;\n',
  },
  {
    rule: "a router imports only its services and schemas",
    filePath: "src/modules/clients/server/probe.router.ts",
    code: 'import * as repo from "./clients.repo";\nexport const probe = repo;\n',
  },
  {
    rule: "tenantDb is built only in src/server and system repositories",
    filePath: "src/modules/clients/server/probe.service.ts",
    code: 'import { tenantDb } from "~/server/db/tenant";\nexport const probe = tenantDb;\n',
  },
  {
    rule: "only system repositories use the global client",
    filePath: "src/modules/clients/server/probe.repo.ts",
    code: 'import { prisma } from "~/server/db/client";\nexport const probe = prisma;\n',
  },
  {
    rule: "infrastructure outside the database layer uses the global client only in system repositories",
    filePath: "src/server/email/probe.ts",
    code: 'import { prisma } from "~/server/db/client";\nexport const probe = prisma;\n',
  },
  {
    rule: "domain rules stay pure",
    filePath: "src/modules/clients/domain/probe.ts",
    code: 'import { AppError } from "~/server/errors";\nexport const probe = AppError;\n',
  },
];

describe("import boundaries", () => {
  const eslint = new ESLint();

  it.each(violations)("refuses: $rule", async ({ filePath, code }) => {
    const [result] = await eslint.lintText(code, { filePath });
    expect(result!.messages.map((message) => message.ruleId)).toContain("no-restricted-imports");
  });

  it("allows what the boundaries permit", async () => {
    const allowed = [
      {
        filePath: "src/modules/clients/server/probe.service.ts",
        code: 'import { listBookings } from "./clients.repo";\nexport const probe = listBookings;\n',
      },
      {
        filePath: "src/modules/clients/ui/probe.tsx",
        code: 'import type { TenantContext } from "~/server/api/tenant-context";\nexport type Probe = TenantContext;\n',
      },
      {
        filePath: "src/modules/clients/domain/probe.ts",
        code: 'import { isAdminRole } from "~/server/auth/roles";\nexport const probe = isAdminRole;\n',
      },
      {
        filePath: "src/server/email/probe.system.repo.ts",
        code: 'import { prisma } from "~/server/db/client";\nexport const probe = prisma;\n',
      },
    ];
    for (const { filePath, code } of allowed) {
      const [result] = await eslint.lintText(code, { filePath });
      expect(
        result!.messages.filter((m) => m.ruleId === "no-restricted-imports"),
        filePath,
      ).toEqual([]);
    }
  });
});
