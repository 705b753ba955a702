import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { CheckInForm } from "~/modules/readiness/ui/check-in-form";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Readiness check-in" };

export default async function CheckInPage({
  params,
}: {
  params: Promise<{ practiceSlug: string; projectId: string }>;
}) {
  const { practiceSlug, projectId } = await params;
  const path = `/p/${practiceSlug}/projects/${projectId}/check-in`;
  const user = await requireUser(path);
  const [[practice, state], reader] = await Promise.all([
    loadOrNotFound(
      () => Promise.all([api.practices.get({ practiceSlug }), api.readiness.openCheckIn({ practiceSlug, projectId })]),
      path,
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Readiness check-in"
        description={
          <>
            For “{state.project.title}”. Five quick ratings and the worries in the way: there are no wrong answers, and
            only you and your coach see them.
          </>
        }
      />
      {state.checkIn ? (
        <Card className="p-5 sm:p-6">
          <CheckInForm
            practiceSlug={practiceSlug}
            projectId={projectId}
            checkInId={state.checkIn.id}
            previousFears={state.previousFears}
          />
        </Card>
      ) : (
        <EmptyState
          title="Nothing to answer right now"
          description={
            state.lastAnsweredAt
              ? `You last checked in on ${formatInstant(state.lastAnsweredAt, zone, reader)}. Your coach will ask again when it helps.`
              : "Your coach will ask for a check-in when it helps."
          }
          action={
            <Link
              className="text-brand-700 text-sm font-medium hover:underline"
              href={`/p/${practiceSlug}/projects/${projectId}`}
            >
              Back to your project
            </Link>
          }
        />
      )}
    </div>
  );
}
