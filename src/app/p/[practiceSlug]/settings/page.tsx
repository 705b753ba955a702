import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { PracticeSettingsForm } from "~/modules/practices/ui/practice-settings-form";
import { StaffSecondFactorSetting } from "~/modules/practices/ui/staff-second-factor-setting";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Settings" };

export default async function PracticeSettingsPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }));
  if (!isAdminRole(practice.role)) notFound();
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
      </div>
    </>
  );
}
