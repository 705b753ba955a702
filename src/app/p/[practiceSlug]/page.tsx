import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/surface";
import { BookNextSession } from "~/modules/bookings/ui/client/book-next-session";
import { ROLE_LABELS, ROLE_PLURALS } from "~/modules/practices/domain/roles";
import { api, loadOrNotFound } from "~/trpc/server";
import { ALL_ROLES, isAdminRole, isStaffRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Overview" };

export default async function PracticeOverviewPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }));
  if (!isStaffRole(practice.role)) {
    return (
      <>
        <PageHeader
          title={`Welcome to ${practice.name}`}
          description="Your coach will set up your informational-interview project here."
        />
        <div className="space-y-6">
          <BookNextSession practiceSlug={practiceSlug} />
          <Card className="text-muted p-6 text-sm">
            Your coach hasn't assigned you a project yet. You'll get an email when they do.
          </Card>
        </div>
      </>
    );
  }
  const { members, invitations } = await api.members.list({ practiceSlug });
  const active = members.filter((member) => !member.removedAt);
  const counts = Object.fromEntries(
    ALL_ROLES.map((role) => [role, active.filter((member) => member.role === role).length]),
  );
  const base = `/p/${practice.slug}`;
  return (
    <>
      <PageHeader
        title="Overview"
        description={`You are ${ROLE_LABELS[practice.role].toLowerCase()} of this practice. Times are shown in ${practice.timeZone}.`}
        actions={
          isAdminRole(practice.role) && (
            <Button asChild>
              <Link href={`${base}/members#invite`}>Invite people</Link>
            </Button>
          )
        }
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {ALL_ROLES.map((role) => (
          <Card key={role} className="p-5">
            <p className="text-muted text-sm">{ROLE_PLURALS[role]}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums">{counts[role]}</p>
          </Card>
        ))}
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title="Coaches" description="Everyone who works with clients in this practice." />
          <ul className="divide-line divide-y">
            {active
              .filter((member) => member.role !== "CLIENT")
              .map((member) => (
                <li key={member.id} className="flex items-center justify-between px-5 py-3 text-sm">
                  <span className="font-medium">{member.user.name ?? member.user.email}</span>
                  <span className="text-muted">{ROLE_LABELS[member.role]}</span>
                </li>
              ))}
          </ul>
        </Card>
        <Card>
          <CardHeader title="Getting started" />
          <ul className="space-y-3 px-5 py-4 text-sm">
            <Step done={counts.COACH! > 0 || counts.ADMIN! > 0}>Invite your coaches and an admin</Step>
            <Step done={counts.CLIENT! > 0}>Invite or add your first clients</Step>
            <Step done={invitations.length === 0}>No invitations waiting for an answer</Step>
            <Step done={practice.brandColor !== "#0f766e" || Boolean(practice.logoUrl)}>
              Set your practice colour and logo
            </Step>
          </ul>
        </Card>
      </div>
    </>
  );
}

function Step({ done, children }: { done: boolean; children: React.ReactNode }) {
  return (
    <li className="flex items-center gap-3">
      <span
        className={`flex size-5 items-center justify-center rounded-full text-xs ${done ? "bg-brand-700 text-white" : "border-line border text-transparent"}`}
        aria-hidden="true"
      >
        ✓
      </span>
      <span className={done ? "text-muted line-through" : ""}>{children}</span>
      <span className="sr-only">{done ? "(done)" : "(to do)"}</span>
    </li>
  );
}
