import { cookies, headers } from "next/headers";
import { ProgressBar } from "~/components/ui/progress-bar";
import { Alert, Card } from "~/components/ui/surface";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { Workspace } from "../server/workspace.service";
import { PipelineBoard } from "./board/pipeline-board";
import type { CardContext } from "./contact-card";
import { PeopleViews } from "./people-views";
import { TodayPanel } from "./today-panel";
import { TrackList } from "./track-list";
import { preferredLayout, WORKSPACE_LAYOUT_COOKIE } from "./workspace-layout";

// The client's workspace for one project: Today on top, project progress, then the people, as a
// board or a list. Staff read the same page without the controls.

async function layoutOf() {
  const [cookieStore, request] = await Promise.all([cookies(), headers()]);
  return preferredLayout({
    saved: cookieStore.get(WORKSPACE_LAYOUT_COOKIE)?.value,
    mobileHint: request.get("sec-ch-ua-mobile"),
    userAgent: request.get("user-agent"),
  });
}

export async function WorkspaceView({
  practiceSlug,
  workspace,
  reader,
}: {
  practiceSlug: string;
  workspace: Workspace;
  reader: ViewerLocale;
}) {
  const { project, progress, tracks, canEdit } = workspace;
  const people = tracks.flatMap((track) => track.contacts.map((c) => ({ id: c.id, name: c.name })));
  const context: CardContext = {
    practiceSlug,
    projectId: project.id,
    timeZone: project.timeZone,
    reader,
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
        <TodayPanel
          today={workspace.today}
          timeZone={project.timeZone}
          reader={reader}
          practiceSlug={practiceSlug}
          canEdit={canEdit}
        />
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

      <PeopleViews
        initial={await layoutOf()}
        board={<PipelineBoard workspace={workspace} context={context} />}
        list={<TrackList workspace={workspace} context={context} />}
      />
    </div>
  );
}
