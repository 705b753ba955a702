import { ProgressBar } from "~/components/ui/progress-bar";
import { Alert, Card } from "~/components/ui/surface";
import type { Workspace } from "../server/workspace.service";
import { AddContact } from "./add-contact";
import { ContactCard, type CardContext } from "./contact-card";
import { TodayPanel } from "./today-panel";

// The client's workspace for one project: Today on top, project progress, then the tracks side by
// side (stacked on a phone), each with its people. Staff read the same page without the controls.

export function WorkspaceView({ practiceSlug, workspace }: { practiceSlug: string; workspace: Workspace }) {
  const { project, progress, tracks, canEdit } = workspace;
  const people = tracks.flatMap((track) => track.contacts.map((c) => ({ id: c.id, name: c.name })));
  const context: CardContext = {
    practiceSlug,
    projectId: project.id,
    timeZone: project.timeZone,
    canEdit,
    isClient: workspace.isClient,
    clientName: project.clientName,
    questionBank: project.questionBank,
    tracks: tracks.map((track) => ({ id: track.id, name: track.name })),
    people,
    templates: workspace.templates,
    nowLocal: workspace.nowLocal,
  };

  return (
    <div className="space-y-6">
      {project.status === "CLOSED" && (
        <Alert tone="neutral" title="This project is closed">
          Everything stays here to read{workspace.isClient ? "; you can still delete a person and their details" : ""}.
        </Alert>
      )}
      {project.status === "ACTIVE" && (
        <TodayPanel today={workspace.today} timeZone={project.timeZone} practiceSlug={practiceSlug} canEdit={canEdit} />
      )}

      <Card className="space-y-4 p-5">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-base font-semibold">Progress</h2>
          <p className="text-muted text-sm">
            {progress.interviewed} of {progress.target} interviews
          </p>
        </div>
        <ProgressBar
          value={progress.interviewed}
          max={progress.target}
          tone={progress.complete ? "done" : "brand"}
          label={`Project: ${progress.interviewed} of ${progress.target} interviews`}
        />
        {workspace.imbalance && <Alert tone="warning">{workspace.imbalance}</Alert>}
      </Card>

      <div className={tracks.length > 1 ? "grid gap-6 lg:grid-cols-2" : "grid gap-6"}>
        {tracks.map((track) => {
          const counted = progress.tracks.find((t) => t.id === track.id);
          const done = counted?.interviewed ?? 0;
          return (
            <section key={track.id} aria-labelledby={`track-${track.id}`} className="min-w-0 space-y-3">
              <div className="space-y-2">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id={`track-${track.id}`} className="text-lg font-semibold break-words">
                    {track.name}
                  </h2>
                  <p className="text-muted text-sm">
                    {done} of {track.targetCount} interviewed
                  </p>
                </div>
                <ProgressBar
                  value={done}
                  max={track.targetCount}
                  tone={counted?.complete ? "done" : "brand"}
                  label={`${track.name}: ${done} of ${track.targetCount}`}
                />
              </div>
              {track.contacts.length === 0 ? (
                <p className="border-line text-muted rounded-lg border border-dashed p-4 text-sm">
                  {canEdit
                    ? `Nobody here yet. Who does this work? Add the first person you could talk to — a name is enough to start.`
                    : "No people added to this track yet."}
                </p>
              ) : (
                <ul className="space-y-3">
                  {track.contacts.map((contact) => (
                    <li key={contact.id} id={`contact-${contact.id}`} className="scroll-mt-4">
                      <ContactCard contact={contact} context={context} />
                    </li>
                  ))}
                </ul>
              )}
              {canEdit && (
                <AddContact
                  practiceSlug={practiceSlug}
                  projectId={project.id}
                  trackId={track.id}
                  trackName={track.name}
                  tracks={context.tracks}
                  people={people}
                />
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
