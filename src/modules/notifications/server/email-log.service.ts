import type { TenantContext } from "~/server/api/tenant-context";
import { AppError } from "~/server/errors";
import { EMAIL_TEMPLATES, isEmailTemplateName } from "~/server/email/templates";
import type { StoredEmailData } from "~/server/email/outbox";
import type { EmailStatusFilter } from "../schemas";
import * as repo from "./email-log.repo";

// The admin email log: what the practice's outbox sent, is sending, and gave up on.

/** The subject as it was (or will be) sent; the outbox keeps props, not rendered emails. */
function describe(template: string, data: unknown): { label: string; subject: string | null } {
  if (!isEmailTemplateName(template)) return { label: template, subject: null };
  const definition = EMAIL_TEMPLATES[template];
  try {
    return { label: definition.label, subject: definition.subject((data as StoredEmailData).props as never) };
  } catch {
    return { label: definition.label, subject: null }; // props from an older shape of the template
  }
}

export async function listEmailLog(
  tenant: TenantContext,
  page: { status?: EmailStatusFilter | null; cursor?: string | null; limit: number },
) {
  const rows = await repo.listEmailMessages(tenant.db, page);
  const hasMore = rows.length > page.limit;
  const items = (hasMore ? rows.slice(0, page.limit) : rows).map(({ data, template, ...row }) => ({
    ...row,
    template,
    ...describe(template, data),
  }));
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

export async function emailStatusCounts(tenant: TenantContext): Promise<Record<EmailStatusFilter, number>> {
  const counts = { QUEUED: 0, SENDING: 0, SENT: 0, DEAD: 0, CANCELLED: 0 };
  for (const { status, count } of await repo.countEmailMessagesByStatus(tenant.db)) counts[status] = count;
  return counts;
}

export async function retryDeadEmail(tenant: TenantContext, input: { messageId: string }) {
  const found = await repo.findEmailStatus(tenant.db, input.messageId);
  if (!found) throw new AppError("NOT_FOUND", "That email was not found.");
  if (!(await repo.requeueDeadEmail(tenant.db, input.messageId, tenant.clock.now()))) {
    throw new AppError("CONFLICT", "Only an email that failed for good can be retried; this one is not dead.");
  }
  return { status: "QUEUED" as const };
}
