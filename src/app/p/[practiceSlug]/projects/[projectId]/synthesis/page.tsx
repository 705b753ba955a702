import type { Metadata } from "next";
import { Alert, Badge, Card, CardHeader, EmptyState } from "~/components/ui/surface";
import { ProgressBar } from "~/components/ui/progress-bar";
import { cn } from "~/lib/cn";
import { formatInstant } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { ResonanceChart } from "~/modules/reflections/ui/resonance-chart";
import { ProjectStatusButton } from "~/modules/reflections/ui/review-actions";
import { SynthesisForm } from "~/modules/reflections/ui/synthesis-form";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Synthesis" };

const EXPORT_LINK =
  "border-line text-ink inline-flex h-10 items-center rounded-lg border bg-white px-4 text-sm font-medium hover:bg-slate-50";

export default async function SynthesisPage({
  params,
}: {
  params: Promise<{ practiceSlug: string; projectId: string }>;
}) {
  const { practiceSlug, projectId } = await params;
  const base = `/p/${practiceSlug}/projects/${projectId}`;
  const user = await requireUser(`${base}/synthesis`);
  const [[practice, view], reader] = await Promise.all([
    loadOrNotFound(
      () => Promise.all([api.practices.get({ practiceSlug }), api.reflections.synthesis({ practiceSlug, projectId })]),
      `${base}/synthesis`,
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  const { project, tracks } = view;
  const closed = project.status === "CLOSED";
  const staff = view.viewer === "staff";

  return (
    <>
      {/* The project layout renders the title (h1) and tabs above this page. */}
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-ink text-lg font-semibold">Piece it together</h2>
          <p className="text-muted mt-0.5 text-sm">
            The tracks side by side: conversations, resonance, the words that keep coming up, and who led to whom.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <a className={EXPORT_LINK} href={`${base}/export/markdown`} download>
            Export Markdown
          </a>
          <a className={EXPORT_LINK} href={`${base}/export/csv`} download>
            Export CSV
          </a>
          {staff && <ProjectStatusButton practiceSlug={practiceSlug} projectId={project.id} closed={closed} />}
        </div>
      </div>
      {closed && (
        <div className="mb-6">
          <Alert tone="neutral" title="This project is closed">
            {project.closedAt ? `Closed ${formatInstant(project.closedAt, zone, reader)}. ` : ""}
            {staff ? "Reopen it to let the client keep working." : "Ask your coach if you want to pick it up again."}
          </Alert>
        </div>
      )}
      {!closed && view.targetsMet && !project.synthesis && !staff && (
        <div className="mb-6">
          <Alert tone="success" title="Every track has reached its target">
            Time to write your synthesis and decision below.
          </Alert>
        </div>
      )}

      <section aria-labelledby="tracks-heading" className="mb-8">
        <h2 id="tracks-heading" className="sr-only">
          Tracks side by side
        </h2>
        <div className={cn("grid gap-4 md:grid-cols-2", tracks.length >= 3 && "xl:grid-cols-3")}>
          {tracks.map((track) => (
            <Card key={track.id} className="flex flex-col">
              <CardHeader
                title={track.name}
                description={`${track.reflections} finished ${track.reflections === 1 ? "reflection" : "reflections"}${staff ? " shared with you" : ""}`}
              />
              <div className="space-y-5 px-5 py-4">
                <div className="space-y-1.5">
                  <div className="flex justify-between text-sm">
                    <span className="text-muted text-xs font-medium tracking-wide uppercase">Interviews</span>
                    <span className="font-semibold">
                      {track.interviews} / {track.targetCount}
                    </span>
                  </div>
                  <ProgressBar
                    value={track.interviews}
                    max={track.targetCount}
                    label={`${track.name}: ${track.interviews} of ${track.targetCount} interviews`}
                    tone={track.interviews >= track.targetCount ? "done" : "brand"}
                  />
                </div>
                <ResonanceChart ratings={track.resonances} average={track.averageResonance} />
                <div>
                  <p className="text-muted text-xs font-medium tracking-wide uppercase">Words that recur</p>
                  {track.words.length ? (
                    <ul className="mt-2 flex flex-wrap gap-1.5">
                      {track.words.map(({ word, count }) => (
                        <li key={word}>
                          <Badge tone="brand">
                            {word} <span className="sr-only">in</span>
                            <span className="ml-1 opacity-70">×{count}</span>
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-muted mt-1 text-sm">Nothing recurs yet — it shows after two reflections.</p>
                  )}
                </div>
              </div>
            </Card>
          ))}
        </div>
      </section>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Card>
          <CardHeader
            title={staff ? `${project.clientName}'s synthesis` : "Your synthesis and decision"}
            description={
              project.synthesisAt ? `Last saved ${formatInstant(project.synthesisAt, zone, reader)}` : undefined
            }
          />
          <div className="px-5 py-5">
            {!staff && !closed ? (
              <SynthesisForm
                practiceSlug={practiceSlug}
                projectId={project.id}
                initial={{ synthesis: project.synthesis ?? "", decision: project.decision ?? "" }}
                zone={zone}
                reader={reader}
              />
            ) : project.synthesis || project.decision ? (
              <dl className="space-y-5">
                {[
                  ["Synthesis", project.synthesis],
                  ["Decision", project.decision],
                ].map(([label, text]) => (
                  <div key={label}>
                    <dt className="text-muted text-xs font-medium tracking-wide uppercase">{label}</dt>
                    <dd className="mt-1 text-sm leading-relaxed break-words whitespace-pre-wrap">{text || "—"}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <EmptyState title="Not written yet" description="The client writes a synthesis and a decision here." />
            )}
          </div>
        </Card>
        <Card className="self-start">
          <CardHeader title="Referral chains" description="Who led to whom." />
          <div className="px-5 py-4">
            {view.referralChains.length === 0 ? (
              <p className="text-muted text-sm">No one has referred anyone yet.</p>
            ) : (
              <ul className="space-y-4">
                {view.referralChains.map((chain) => (
                  <li key={chain[0]!.id}>
                    <ul className="space-y-1 text-sm">
                      {chain.map((person) => (
                        <li key={person.id} style={{ paddingLeft: `${Math.min(person.depth, 6) * 1.25}rem` }}>
                          {person.depth > 0 && (
                            <span aria-hidden="true" className="text-muted mr-1">
                              ↳
                            </span>
                          )}
                          <span className="font-medium">{person.name}</span>
                          {person.trackName && <span className="text-muted"> · {person.trackName}</span>}
                          {person.depth > 0 && <span className="sr-only"> (referred, level {person.depth})</span>}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
