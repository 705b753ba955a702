import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Badge, Card, PageHeader } from "~/components/ui/surface";
import { BookNextSession } from "~/modules/bookings/ui/client/book-next-session";
import { SessionPlaceText } from "~/modules/bookings/ui/session-place-text";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import { plural } from "~/modules/outreach/ui/format";
import { OutreachGoal } from "~/modules/outreach/ui/outreach-goal";
import type { ClientHome } from "../server/home.service";
import { BlockRow, HomeBlock } from "./home-block";
import { dayAndTime, dayAndTimeRange, longDate } from "./format";

// The client's home: their project's today first (goal and streak), then what they owe people,
// what is coming up, and what their coach asked or said. Each row opens the page where it is done.

type Project = ClientHome["projects"][number];

function ProjectToday({ base, project }: { base: string; project: Project }) {
  return (
    <Card className="space-y-3 p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-ink text-base font-semibold break-words">{project.title}</h2>
        <p className="text-muted text-sm">
          {project.progress.interviewed} of {plural(project.progress.target, "interview", "interviews")}
        </p>
      </div>
      <OutreachGoal goal={project.goal} streak={project.streak} />
      <Button asChild size="sm">
        <Link href={`${base}/projects/${project.id}`}>Open your project</Link>
      </Button>
    </Card>
  );
}

function NoActiveProject({ base, closedProjects }: { base: string; closedProjects: number }) {
  return (
    <Card className="text-muted p-5 text-sm">
      {closedProjects > 0 ? (
        <>
          Your project is closed; everything in it stays to read under{" "}
          <Link className="text-brand-700 font-medium hover:underline" href={`${base}/projects`}>
            My projects
          </Link>
          .
        </>
      ) : (
        "Your coach hasn't assigned you a project yet. You'll get an email when they do."
      )}
    </Card>
  );
}

function DueBlock({ base, home, reader }: { base: string; home: ClientHome; reader: ViewerLocale }) {
  const several = home.projects.length > 1;
  const zoneOf = (projectId: string) => home.projects.find((p) => p.id === projectId)?.timeZone ?? home.viewer.zone;
  return (
    <HomeBlock
      id="due"
      title="Messages to send"
      count={home.due.count}
      seeAll={home.projects[0] && { href: `${base}/projects/${home.projects[0].id}#today`, label: "Open your project" }}
      empty="No follow-ups or thank-you notes are due. Reach out to someone new to keep your streak going."
    >
      {home.due.rows.map((message) => {
        const href = `${base}/projects/${message.projectId}#contact-${message.contactId}`;
        const project = several ? ` · ${message.projectTitle}` : "";
        const overdue = message.overdue && <Badge tone="danger">Overdue</Badge>;
        if (message.kind === "FOLLOW_UP") {
          return (
            <BlockRow
              key={`f-${message.contactId}`}
              href={href}
              title={`Follow up with ${message.contactName}`}
              detail={`Due ${message.overdue ? "since" : "on"} ${longDate(message.dueOn, reader)}${message.attempts > 0 ? ` · ${plural(message.attempts, "follow-up", "follow-ups")} sent` : ""}${project}`}
              aside={message.suggestNoReply ? <Badge tone="warning">Follow-ups used up</Badge> : overdue}
            />
          );
        }
        if (message.kind === "THANK_YOU") {
          return (
            <BlockRow
              key={`t-${message.contactId}`}
              href={href}
              title={`Thank ${message.contactName}`}
              detail={`Within a day of the interview: by ${dayAndTime(message.dueBy, zoneOf(message.projectId), reader)}${project}`}
              aside={overdue}
            />
          );
        }
        return (
          <BlockRow
            key={`r-${message.contactId}`}
            href={href}
            title={`Tell ${message.referrerName} how it went with ${message.contactName}`}
            detail={`They suggested you talk${project}`}
          />
        );
      })}
    </HomeBlock>
  );
}

export function ClientHomeView({ home, reader }: { home: ClientHome; reader: ViewerLocale }) {
  const base = `/p/${home.practice.slug}`;
  const zone = home.viewer.zone;
  return (
    <>
      <PageHeader
        title="Today"
        description={`${longDate(home.viewer.today, reader)} · Times in ${zoneLabel(zone, home.viewer.now)}`}
      />
      <div className="space-y-6">
        {home.projects.length === 0 ? (
          <NoActiveProject base={base} closedProjects={home.closedProjects} />
        ) : (
          <div className={home.projects.length > 1 ? "grid gap-6 lg:grid-cols-2" : "grid gap-6"}>
            {home.projects.map((project) => (
              <ProjectToday key={project.id} base={base} project={project} />
            ))}
          </div>
        )}
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <DueBlock base={base} home={home} reader={reader} />
          <HomeBlock
            id="check-ins"
            title="Check-ins for you"
            count={home.checkIns.count}
            empty="Your coach hasn't asked for a check-in. When they do, it appears here."
          >
            {home.checkIns.rows.map((checkIn) => (
              <BlockRow
                key={checkIn.id}
                href={`${base}/projects/${checkIn.projectId}/check-in`}
                title="Your coach asked for a check-in"
                detail={`Five quick ratings and the worries in the way · asked ${checkIn.ago}`}
                aside={<span className="text-brand-700 font-medium">Answer →</span>}
              />
            ))}
          </HomeBlock>
          <HomeBlock
            id="interviews"
            title="Coming interviews"
            count={home.interviews.count}
            empty="No interview is booked. When someone says yes, add the time on their card to prepare your questions."
          >
            {home.interviews.rows.map((interview) => (
              <BlockRow
                key={interview.id}
                href={`${base}/projects/${interview.projectId}#contact-${interview.contactId}`}
                title={`${interview.contactName}${interview.organisation ? `, ${interview.organisation}` : ""}`}
                detail={`${dayAndTime(interview.occurredAt, zone, reader)} · ${
                  interview.questions > 0
                    ? `${plural(interview.questions, "question", "questions")} chosen`
                    : "choose your questions"
                }`}
              />
            ))}
          </HomeBlock>
          <HomeBlock
            id="comments"
            title="From your coach"
            count={home.comments.count}
            empty="No comments on your reflections in the last two weeks. Share a reflection after an interview to hear back."
          >
            {home.comments.rows.map((comment) => (
              <BlockRow
                key={comment.id}
                href={`${base}/interviews/${comment.interviewId}/reflection`}
                title={`${comment.authorName} on your talk with ${comment.contactName}`}
                detail={
                  <>
                    <span className="text-ink line-clamp-2">“{comment.excerpt}”</span>
                    <span className="mt-0.5 block">{comment.ago}</span>
                  </>
                }
                aside={comment.answered && <Badge tone="neutral">You replied</Badge>}
              />
            ))}
          </HomeBlock>
          <HomeBlock
            id="sessions"
            title="Your next sessions"
            count={home.sessions.count}
            empty="No session is booked with your coach. Book one below."
          >
            {home.sessions.rows.map((session) => (
              <li key={session.id} className="space-y-1 px-5 py-3 text-sm">
                <p className="text-ink font-medium">
                  {session.sessionName} with {session.coachName}
                </p>
                <p className="text-muted">{dayAndTimeRange(session.startAt, session.endAt, zone, reader)}</p>
                <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                  {session.joinUrl ? (
                    <Button asChild size="sm">
                      <a href={session.joinUrl}>Join the video call</a>
                    </Button>
                  ) : (
                    session.place && <SessionPlaceText place={session.place} />
                  )}
                  <a className="text-brand-700 font-medium hover:underline" href={session.manageUrl}>
                    Change or cancel
                  </a>
                </div>
              </li>
            ))}
          </HomeBlock>
        </div>
        {/* The sessions block above lists what is booked: here only the booking. */}
        <BookNextSession practiceSlug={home.practice.slug} zone={zone} reader={reader} bookingOnly />
      </div>
    </>
  );
}
