import type { TenantContext } from "~/server/api/tenant-context";
import { OPTIONAL_EMAIL_CATEGORIES, type OptionalEmailCategory } from "~/server/email/categories";
import * as repo from "./preferences.repo";

// A person's choice of optional emails from one practice, for their own address. The outbox
// stores addresses lowercased, and so do opt-outs, so one address has one set of choices.

const ownAddress = (tenant: TenantContext) => tenant.actor.email.trim().toLowerCase();

export async function emailPreferences(tenant: TenantContext) {
  const email = ownAddress(tenant);
  const off = new Set(await repo.listOptedOutCategories(tenant.db, email));
  return {
    email,
    categories: (Object.keys(OPTIONAL_EMAIL_CATEGORIES) as OptionalEmailCategory[]).map((category) => ({
      category,
      ...OPTIONAL_EMAIL_CATEGORIES[category],
      enabled: !off.has(category),
    })),
  };
}

export async function setEmailPreference(
  tenant: TenantContext,
  input: { category: OptionalEmailCategory; enabled: boolean },
) {
  await repo.setOptedOut(tenant.db, ownAddress(tenant), input.category, !input.enabled);
  return { category: input.category, enabled: input.enabled };
}
