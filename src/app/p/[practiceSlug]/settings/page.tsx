import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { PracticeSettingsForm } from "~/modules/practices/ui/practice-settings-form";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Settings" };

export default async function PracticeSettingsPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }));
  if (!isAdminRole(practice.role)) notFound();
  return (
    <>
      <PageHeader title="Practice settings" description="Name, time zone and branding." />
      <Card className="max-w-2xl p-6">
        <PracticeSettingsForm practice={practice} zones={supportedTimeZones()} />
      </Card>
    </>
  );
}
