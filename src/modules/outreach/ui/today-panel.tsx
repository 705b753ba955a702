import { Badge, Card } from "~/components/ui/surface";
import { formatDayAndClockTime, formatLocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import type { Today } from "../domain/today";
import { plural } from "./format";
import { MarkNoReplyButton } from "./mark-no-reply-button";
import { OutreachGoal } from "./outreach-goal";

// What is due today, at the top of the workspace. Each item links to the person's card, where the
// message is drafted; the 08:00 email lists the same things (both come from computeToday).

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="text-muted text-xs font-semibold tracking-wide uppercase">{title}</h3>
      <ul className="space-y-2">{children}</ul>
    </section>
  );
}

const personLink = (contactId: string, name: string) => (
  <a href={`#contact-${contactId}`} className="text-brand-700 font-medium hover:underline">
    {name}
  </a>
);

export function TodayPanel({
  today,
  timeZone,
  reader,
  practiceSlug,
  canEdit,
}: {
  today: Today;
  /** The client's zone: "today" is the client's day. */
  timeZone: string;
  reader: ViewerLocale;
  practiceSlug: string;
  canEdit: boolean;
}) {
  const { goal, streak } = today;
  const nothingElse = today.followUps.length + today.thankYous.length + today.referrerUpdates.length === 0;
  return (
    <Card id="today" className="scroll-mt-4 p-5" aria-labelledby="today-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="today-title" className="text-ink text-base font-semibold">
          Today · {formatLocalDate(today.date, reader, { short: true })}
        </h2>
        <p className="text-muted text-xs">
          Dates on {canEdit ? "your" : "the client's"} calendar, in {zoneLabel(timeZone, new Date())}
        </p>
      </div>

      <div className="mt-4 grid gap-6 md:grid-cols-[minmax(0,18rem)_1fr]">
        <div className="space-y-2">
          <OutreachGoal goal={goal} streak={streak} />
        </div>

        <div className="space-y-4">
          {nothingElse && (
            <p className="text-muted text-sm">
              No follow-ups, thank-yous or referrer updates are due. {goal.met ? "Enjoy the rest of the day." : ""}
            </p>
          )}
          {today.followUps.length > 0 && (
            <Section title="Follow-ups due">
              {today.followUps.map((f) => (
                <li key={f.contactId} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                  {personLink(f.contactId, f.contactName)}
                  <span className="text-muted">
                    no reply for {plural(f.daysSinceContact, "day", "days")}
                    {f.attempts > 0 && ` · ${plural(f.attempts, "follow-up", "follow-ups")} sent`}
                  </span>
                  {f.suggestNoReply && (
                    <>
                      <Badge tone="warning">Follow-ups used up</Badge>
                      {canEdit && <MarkNoReplyButton practiceSlug={practiceSlug} contactId={f.contactId} />}
                    </>
                  )}
                </li>
              ))}
            </Section>
          )}
          {today.thankYous.length > 0 && (
            <Section title="Thank-you notes">
              {today.thankYous.map((t) => (
                <li key={t.contactId} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                  {personLink(t.contactId, t.contactName)}
                  <span className="text-muted">due by {formatDayAndClockTime(t.dueBy, timeZone, reader)}</span>
                  {t.overdue && <Badge tone="danger">Overdue</Badge>}
                </li>
              ))}
            </Section>
          )}
          {today.referrerUpdates.length > 0 && (
            <Section title="Tell the person who referred you">
              {today.referrerUpdates.map((r) => (
                <li key={r.contactId} className="text-sm">
                  Tell <span className="font-medium">{r.referrerName}</span> how it went with{" "}
                  {personLink(r.contactId, r.contactName)}
                </li>
              ))}
            </Section>
          )}
        </div>
      </div>
    </Card>
  );
}
