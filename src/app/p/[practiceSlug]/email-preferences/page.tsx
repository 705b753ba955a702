import type { Metadata } from "next";
import { Card, CardHeader, PageHeader } from "~/components/ui/surface";
import { EmailPreferencesForm } from "~/modules/notifications/ui/email-preferences-form";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Email preferences" };

const ALWAYS_SENT = [
  "Sign-in links",
  "Invitations to join a practice",
  "Booking confirmations, changes and cancellations",
  "Billing notices (owners and admins)",
];

export default async function EmailPreferencesPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  await requireUser(`/p/${practiceSlug}/email-preferences`);
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }));
  const preferences = await api.notifications.preferences({ practiceSlug });
  return (
    <>
      <PageHeader
        title="Email preferences"
        description={`Choose which emails ${practice.name} sends you. Other practices you belong to have their own settings.`}
      />
      <div className="max-w-2xl space-y-6">
        <EmailPreferencesForm practiceSlug={practiceSlug} initial={preferences} />
        <Card>
          <CardHeader
            title="Always sent"
            description="These emails are part of using Fieldnotes, so they go out whatever you choose above."
          />
          <ul className="text-ink list-disc space-y-1 py-4 pr-5 pl-10 text-sm">
            {ALWAYS_SENT.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
