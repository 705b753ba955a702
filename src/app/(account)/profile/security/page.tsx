import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { SessionList } from "~/modules/security/ui/session-list";
import { toSessionRows } from "~/modules/security/ui/session-rows";
import { toFactorRows } from "~/modules/second-factor/ui/factor-rows";
import { TwoStepSection } from "~/modules/second-factor/ui/two-step-section";
import { systemClock } from "~/server/clock";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const [sessions, factors, profile, reader] = await Promise.all([
    loadOrNotFound(() => api.security.sessions(), "/profile/security"),
    loadOrNotFound(() => api.secondFactor.factors(), "/profile/security"),
    loadOrNotFound(() => api.profile.get(), "/profile/security"),
    viewerLocale(),
  ]);
  const zone = profile.timeZone ?? "UTC";
  const rows = toSessionRows(sessions, { now: systemClock.now(), zone, reader });
  return (
    <>
      <PageHeader
        title="Security"
        description="How you sign in, and the browsers signed in to your account. Times are in your time zone."
      />
      <div className="space-y-6">
        <TwoStepSection factors={toFactorRows(factors, { zone, reader })} required={factors.requiredByPractice} />
        <SessionList sessions={rows} />
      </div>
    </>
  );
}
