import Link from "next/link";
import { ProgressBar } from "~/components/ui/progress-bar";
import { Card, CardHeader } from "~/components/ui/surface";

interface SummaryProps {
  practiceSlug: string;
  project: {
    id: string;
    title: string;
    northStar: string | null;
    clientName: string;
    tracks: Array<{ id: string; name: string; targetCount: number; interviews: number }>;
  };
  contact: {
    name: string;
    role: string | null;
    organisation: string | null;
    link: string | null;
    track: { name: string };
  };
  interview: { when: string; chosenQuestions: string[]; notes: string | null };
}

/** The project around a reflection: progress per track, who was interviewed, the questions and notes. */
export function ProjectSummary({ practiceSlug, project, contact, interview }: SummaryProps) {
  const safeLink = contact.link && /^https?:\/\//i.test(contact.link) ? contact.link : null;
  return (
    <div className="space-y-4">
      <Card>
        <CardHeader
          title={project.title}
          description={project.northStar ? `Serves: ${project.northStar}` : `${project.clientName}'s project`}
        />
        <ul className="space-y-3 px-5 py-4">
          {project.tracks.map((track) => (
            <li key={track.id} className="space-y-1">
              <div className="flex justify-between gap-2 text-sm">
                <span className="font-medium">{track.name}</span>
                <span className="text-muted">
                  {track.interviews} of {track.targetCount}
                </span>
              </div>
              <ProgressBar
                value={track.interviews}
                max={track.targetCount}
                label={`${track.name}: ${track.interviews} of ${track.targetCount}`}
                tone={track.interviews >= track.targetCount ? "done" : "brand"}
              />
            </li>
          ))}
        </ul>
        <p className="border-line flex flex-wrap gap-x-4 gap-y-1 border-t px-5 py-3 text-sm">
          <Link
            className="text-brand-700 font-medium hover:underline"
            href={`/p/${practiceSlug}/projects/${project.id}`}
          >
            Workspace →
          </Link>
          <Link
            className="text-brand-700 font-medium hover:underline"
            href={`/p/${practiceSlug}/projects/${project.id}/synthesis`}
          >
            Tracks side by side →
          </Link>
        </p>
      </Card>
      <Card>
        <CardHeader title="The conversation" description={interview.when} />
        <div className="space-y-4 px-5 py-4 text-sm">
          <div>
            <p className="font-medium">{contact.name}</p>
            <p className="text-muted">
              {[contact.role, contact.organisation].filter(Boolean).join(", ") || "No role recorded"} ·{" "}
              {contact.track.name}
            </p>
            {safeLink && (
              <a
                className="text-brand-700 break-all hover:underline"
                href={safeLink}
                rel="noreferrer noopener"
                target="_blank"
              >
                {safeLink}
              </a>
            )}
          </div>
          <div>
            <p className="text-muted text-xs font-medium tracking-wide uppercase">Questions chosen</p>
            {interview.chosenQuestions.length ? (
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {interview.chosenQuestions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            ) : (
              <p className="text-muted mt-1">None recorded.</p>
            )}
          </div>
          <div>
            <p className="text-muted text-xs font-medium tracking-wide uppercase">Notes</p>
            <p className="mt-1 leading-relaxed break-words whitespace-pre-wrap">{interview.notes || "—"}</p>
          </div>
        </div>
      </Card>
    </div>
  );
}
