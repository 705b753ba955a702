import type { Metadata } from "next";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { ClientHomeView } from "~/modules/home/ui/client-home-view";
import { StaffHomeView } from "~/modules/home/ui/staff-home-view";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Today" };

// The practice's home: what to do today, for the reader's role.
export default async function PracticeHomePage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  const [home, reader] = await Promise.all([
    loadOrNotFound(() => api.home.today({ practiceSlug }), `/p/${practiceSlug}`),
    viewerLocale(),
  ]);
  return home.kind === "client" ? (
    <ClientHomeView home={home} reader={reader} />
  ) : (
    <StaffHomeView home={home} reader={reader} />
  );
}
