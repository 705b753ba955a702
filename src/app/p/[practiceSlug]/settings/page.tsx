import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { DeletePracticeSection } from "~/modules/erasure/ui/delete-practice-section";
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
      {practice.role === "OWNER" && (
        <div className="mt-6">
          <DeletePracticeSection
            practiceSlug={practice.slug}
            refusal={(await api.erasure.practiceDeletionCheck({ practiceSlug })).refusal}
          />
        </div>
      )}
    </>
  );
}
