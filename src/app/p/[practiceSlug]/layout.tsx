import { SignedInShell } from "~/components/shell/signed-in-shell";
import { TabNav } from "~/components/ui/tab-nav";
import { BillingBanner } from "~/modules/billing/ui/billing-banner";
import { requireUser } from "~/server/auth/require-user";
import { requestPathOr } from "~/server/http/request-path";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole, isStaffRole } from "~/server/auth/roles";

export default async function PracticeLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ practiceSlug: string }>;
}) {
  const { practiceSlug } = await params;
  const user = await requireUser(await requestPathOr(`/p/${practiceSlug}`));
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }));
  const base = `/p/${practice.slug}`;
  const items = [
    { href: base, label: "Today" },
    ...(isStaffRole(practice.role)
      ? [
          { href: `${base}/caseload`, label: "Caseload" },
          { href: `${base}/reviews`, label: "Reviews" },
          { href: `${base}/sessions`, label: "Sessions" },
          { href: `${base}/clients`, label: "Clients" },
          { href: `${base}/templates`, label: "Templates" },
          { href: `${base}/availability`, label: "Availability" },
          { href: `${base}/calendars`, label: "Calendars" },
          { href: `${base}/members`, label: "People" },
        ]
      : [{ href: `${base}/projects`, label: "My projects" }]),
    ...(isAdminRole(practice.role)
      ? [
          { href: `${base}/settings`, label: "Settings" },
          { href: `${base}/settings/billing`, label: "Billing" },
          { href: `${base}/settings/email`, label: "Emails" },
          { href: `${base}/audit`, label: "Audit" },
        ]
      : []),
  ];
  return (
    <SignedInShell user={user} currentSlug={practice.slug}>
      <div className="border-line border-b bg-white">
        <div className="mx-auto max-w-6xl px-4">
          <div className="flex items-center gap-3 pt-4">
            {practice.logoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- practice-supplied URL, any host
              <img
                src={practice.logoUrl}
                alt=""
                className="size-8 rounded-md object-cover"
                referrerPolicy="no-referrer"
              />
            ) : (
              <span className="size-8 rounded-md" style={{ backgroundColor: practice.brandColor }} aria-hidden="true" />
            )}
            <p className="truncate text-lg font-semibold tracking-tight">{practice.name}</p>
          </div>
          <TabNav label="Practice" items={items} />
        </div>
      </div>
      <main className="mx-auto max-w-6xl px-4 py-8">
        {isStaffRole(practice.role) && <BillingBanner practiceSlug={practice.slug} role={practice.role} />}
        {children}
      </main>
    </SignedInShell>
  );
}
