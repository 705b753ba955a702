import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { SessionList } from "~/modules/security/ui/session-list";
import { toSessionRows } from "~/modules/security/ui/session-rows";
import { systemClock } from "~/server/clock";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Security" };

export default async function SecurityPage() {
  const [sessions, profile, reader] = await Promise.all([
    loadOrNotFound(() => api.security.sessions(), "/profile/security"),
    loadOrNotFound(() => api.profile.get(), "/profile/security"),
    viewerLocale(),
  ]);
  const rows = toSessionRows(sessions, { now: systemClock.now(), zone: profile.timeZone ?? "UTC", reader });
  return (
    <>
      <PageHeader title="Security" description="The browsers signed in to your account. Times are in your time zone." />
      <SessionList sessions={rows} />
    </>
  );
}
