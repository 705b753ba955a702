import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { PRACTICE_ARCHIVE_CONTENTS } from "~/modules/data-export/ui/archive-contents";
import { DataExportCard } from "~/modules/data-export/ui/data-export-card";
import { toExportRows } from "~/modules/data-export/ui/export-rows";
import { DeletePracticeSection } from "~/modules/erasure/ui/delete-practice-section";
import { PracticeSettingsForm } from "~/modules/practices/ui/practice-settings-form";
import { StaffSecondFactorSetting } from "~/modules/practices/ui/staff-second-factor-setting";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Settings" };

export default async function PracticeSettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<{ export?: string }>;
}) {
  const { practiceSlug } = await params;
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }));
  if (!isAdminRole(practice.role)) notFound();
  const exportSection =
    practice.role === "OWNER" && (await practiceExportCard(practiceSlug, (await searchParams).export));
  return (
    <>
      <PageHeader title="Practice settings" description="Name, time zone, branding and sign-in." />
      <div className="max-w-2xl space-y-6">
        <Card className="p-6">
          <PracticeSettingsForm practice={practice} zones={supportedTimeZones()} />
        </Card>
        <Card className="p-6">
          <h2 className="text-ink mb-4 text-base font-semibold">Sign-in</h2>
          <StaffSecondFactorSetting
            practiceSlug={practice.slug}
            required={practice.requireStaffSecondFactor}
            canChange={practice.role === "OWNER"}
          />
        </Card>
        {practice.role === "OWNER" && (
          <>
            <section id="export-practice" aria-label="Export the practice">
              {exportSection}
            </section>
            <DeletePracticeSection
              practiceSlug={practice.slug}
              refusal={(await api.erasure.practiceDeletionCheck({ practiceSlug })).refusal}
            />
          </>
        )}
      </div>
    </>
  );
}

async function practiceExportCard(practiceSlug: string, outcome: string | undefined) {
  const [exports, profile, reader] = await Promise.all([
    api.dataExport.practiceExports({ practiceSlug }),
    api.profile.get(),
    viewerLocale(),
  ]);
  return (
    <DataExportCard
      title="Export the practice"
      description="A copy of all of the practice's data, for your records or to move elsewhere. Only the owner can export it."
      action={`/api/data-export/practices/${encodeURIComponent(practiceSlug)}`}
      buttonLabel="Export practice"
      contents={PRACTICE_ARCHIVE_CONTENTS}
      exports={toExportRows(exports, { zone: profile.timeZone ?? "UTC", reader })}
      outcome={outcome}
    />
  );
}
