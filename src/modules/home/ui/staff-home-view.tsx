import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Badge, PageHeader } from "~/components/ui/surface";
import { SessionPlaceText } from "~/modules/bookings/ui/session-place-text";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import { plural } from "~/modules/outreach/ui/format";
import type { StaffHome } from "../server/home.service";
import { BlockRow, HomeBlock } from "./home-block";
import { dayAndTime, longDate, timeRange } from "./format";
import { PracticeSetup } from "./practice-setup";

// A coach's home, and an owner's or admin's over the whole practice: today's and tomorrow's
// sessions, reflections waiting for review, clients gone quiet, new leads and check-ins. Rows
// name the coach when the reader sees every coach's work.

const DAY_LABEL = { TODAY: "Today", TOMORROW: "Tomorrow" } as const;

export function StaffHomeView({ home, reader }: { home: StaffHome; reader: ViewerLocale }) {
  const base = `/p/${home.practice.slug}`;
  const zone = home.viewer.zone;
  const coachOf = (name: string | null) => (home.wholePractice && name ? ` · ${name}` : "");
  return (
    <>
      <PageHeader
        title="Today"
        description={`${longDate(home.viewer.today, reader)} · Times in ${zoneLabel(zone, home.viewer.now)}`}
        actions={
          home.admin && (
            <Button asChild variant="secondary">
              <Link href={`${base}/members#invite`}>Invite people</Link>
            </Button>
          )
        }
      />
      <div className="space-y-6">
        {home.admin && <PracticeSetup base={base} admin={home.admin} />}
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <HomeBlock
            id="sessions"
            title="Sessions today and tomorrow"
            count={home.sessions.count}
            seeAll={{ href: `${base}/sessions`, label: "All sessions" }}
            empty={`Nothing is booked for today or tomorrow. Your booking page is /book/${home.practice.slug}.`}
          >
            {home.sessions.rows.map((session) => (
              <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm">
                <div className="min-w-0 flex-1">
                  <p className="text-ink font-medium">
                    <span className="text-muted font-normal">{DAY_LABEL[session.day]}</span>{" "}
                    {timeRange(session.startAt, session.endAt, zone, reader)}
                  </p>
                  <p className="text-muted break-words">
                    {session.sessionName} with{" "}
                    <Link className="text-ink hover:underline" href={`${base}/clients/${session.clientId}`}>
                      {session.clientName}
                    </Link>
                    {coachOf(session.coachName)}
                  </p>
                  {!session.joinUrl && session.place && (
                    <p className="mt-0.5 break-words">
                      <SessionPlaceText place={session.place} />
                    </p>
                  )}
                </div>
                {session.joinUrl && (
                  <Button asChild size="sm">
                    <a href={session.joinUrl}>
                      Join<span className="sr-only"> the call with {session.clientName}</span>
                    </a>
                  </Button>
                )}
              </li>
            ))}
          </HomeBlock>
          <HomeBlock
            id="reviews"
            title="Reflections to review"
            count={home.reviews.count}
            seeAll={{ href: `${base}/reviews`, label: "Review queue" }}
            empty="No shared reflection is waiting for you. New ones arrive by email too."
          >
            {home.reviews.rows.map((review) => (
              <BlockRow
                key={review.id}
                href={`${base}/interviews/${review.interviewId}/reflection`}
                title={`${review.clientName} on ${review.contactName}`}
                detail={review.projectTitle}
                aside={review.waiting && <Badge tone="warning">{review.waiting}</Badge>}
              />
            ))}
          </HomeBlock>
          <HomeBlock
            id="stalled"
            title="Stalled clients"
            count={home.stalled.count}
            seeAll={{ href: `${base}/caseload?stalled=1`, label: "Caseload" }}
            empty={`Every active project has moved in the last ${plural(home.stalled.afterDays, "day", "days")}.`}
          >
            {home.stalled.rows.map((project) => (
              <BlockRow
                key={project.projectId}
                href={`${base}/clients/${project.clientId}`}
                title={project.clientName}
                detail={`${project.projectTitle}${coachOf(project.coachName)}`}
                aside={<Badge tone="warning">quiet for {plural(project.daysIdle, "day", "days")}</Badge>}
              />
            ))}
          </HomeBlock>
          <HomeBlock
            id="leads"
            title="New leads"
            count={home.leads.count}
            seeAll={{ href: `${base}/clients?status=lead`, label: "All leads" }}
            empty="No leads waiting. People who book a free discovery session appear here."
          >
            {home.leads.rows.map((lead) => (
              <BlockRow
                key={lead.id}
                href={`${base}/clients/${lead.id}`}
                title={lead.name}
                detail={`${
                  lead.nextSession
                    ? `${lead.nextSession.sessionName}: ${dayAndTime(lead.nextSession.startAt, zone, reader)}`
                    : `Added ${lead.ago}`
                }${coachOf(lead.coachName)}`}
              />
            ))}
          </HomeBlock>
          <HomeBlock
            id="check-ins"
            title="Check-ins received"
            count={home.checkIns.count}
            seeAll={{ href: `${base}/caseload`, label: "Caseload" }}
            empty="No check-ins answered in the last two weeks. Ask for one from a client's page."
          >
            {home.checkIns.rows.map((checkIn) => (
              <BlockRow
                key={checkIn.id}
                href={`${base}/clients/${checkIn.clientId}`}
                title={checkIn.clientName}
                detail={`${checkIn.ratings.map((rating) => `${rating.label} ${rating.value ?? "–"}`).join(" · ")}${coachOf(checkIn.coachName)}`}
                aside={checkIn.ago && <span className="text-muted">{checkIn.ago}</span>}
              />
            ))}
          </HomeBlock>
        </div>
      </div>
    </>
  );
}
