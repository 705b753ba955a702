"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { NumberField } from "~/components/ui/labelled-controls";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import { FOLLOW_UP_LIMITS } from "../schemas";
import type { ProjectView } from "../server/projects.service";
import { numberFrom, planDraftOf, planInput, type PlanDraft } from "./plan-draft";
import { OutreachGoalFields, QuestionBankEditor, TracksEditor } from "./plan-fields";
import { ProjectBasicsFields, type ProjectBasicsDraft } from "./project-basics-fields";
import { useDraft } from "./use-draft";

interface Draft extends PlanDraft, ProjectBasicsDraft {
  followUpAfterDays: string;
  maxFollowUps: string;
}

function draftOf(project: ProjectView): Draft {
  return {
    title: project.title,
    northStar: project.northStar ?? "",
    dueDate: project.dueDate ?? "",
    ...planDraftOf({
      tracks: project.tracks,
      questionBank: project.questionBank,
      outreachGoalCount: project.outreachGoal.count,
      outreachGoalPeriod: project.outreachGoal.period,
    }),
    followUpAfterDays: String(project.followUpAfterDays),
    maxFollowUps: String(project.maxFollowUps),
  };
}

export function ProjectSettingsForm({
  practiceSlug,
  project,
  billingHref,
}: {
  practiceSlug: string;
  project: ProjectView;
  billingHref: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, patchDraft, setDraft] = useDraft(() => draftOf(project));
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.projects.update.mutationOptions({
      onSuccess: (updated) => {
        setDraft(draftOf(updated));
        setSaved(true);
        router.refresh();
      },
    }),
  );
  const { fields } = errorDetails(save.error);
  // Any edit hides the "saved" notice: it spoke of the form as it was.
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    patchDraft(patch);
  };

  function submit() {
    save.mutate({
      practiceSlug,
      projectId: project.id,
      title: draft.title,
      northStar: draft.northStar,
      dueDate: draft.dueDate,
      ...planInput(draft),
      // Existing tracks keep their id, so their contacts stay with them.
      tracks: draft.tracks.map((track) => ({
        id: track.id ?? null,
        name: track.name,
        targetCount: numberFrom(track.targetCount),
      })),
      followUpAfterDays: numberFrom(draft.followUpAfterDays),
      maxFollowUps: numberFrom(draft.maxFollowUps),
    });
  }

  return (
    <ServerCheckedForm onSubmit={submit} className="space-y-6">
      <Card>
        <CardHeader title="The project" />
        <div className="space-y-4 px-5 py-5">
          <ProjectBasicsFields
            draft={draft}
            onChange={set}
            errors={fields}
            northStarHint="The decision this project serves."
            northStarRows={3}
          />
        </div>
      </Card>
      <Card>
        <CardHeader
          title="Tracks"
          description="Rename or retarget freely. A track that already has contacts can't be removed, because its people, interviews and reflections would go with it."
        />
        <div className="px-5 py-5">
          <TracksEditor tracks={draft.tracks} onChange={(tracks) => set({ tracks })} errors={fields} legendHidden />
        </div>
      </Card>
      <Card>
        <CardHeader title="Outreach and follow-ups" />
        <div className="space-y-4 px-5 py-5">
          <OutreachGoalFields
            count={draft.goalCount}
            period={draft.goalPeriod}
            onChange={({ count, period }) => set({ goalCount: count, goalPeriod: period })}
            errors={fields}
          />
          <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
            <NumberField
              label="Follow up after"
              hint="days without a reply"
              error={fields.followUpAfterDays}
              min={FOLLOW_UP_LIMITS.afterDaysMin}
              max={FOLLOW_UP_LIMITS.afterDaysMax}
              value={draft.followUpAfterDays}
              onValueChange={(followUpAfterDays) => set({ followUpAfterDays })}
            />
            <NumberField
              label="At most"
              hint="follow-ups per person"
              error={fields.maxFollowUps}
              min={FOLLOW_UP_LIMITS.maxMin}
              max={FOLLOW_UP_LIMITS.maxMax}
              value={draft.maxFollowUps}
              onValueChange={(maxFollowUps) => set({ maxFollowUps })}
            />
          </div>
        </div>
      </Card>
      <Card>
        <CardHeader title="Question bank" description="The client picks from these before each conversation." />
        <div className="px-5 py-5">
          <QuestionBankEditor
            questions={draft.questions}
            onChange={(questions) => set({ questions })}
            errors={fields}
            legendHidden
          />
        </div>
      </Card>
      {save.error && <LimitAwareAlert error={save.error} billingHref={billingHref} />}
      {saved && !save.error && <Alert tone="success">Project settings saved.</Alert>}
      <Button type="submit" pending={save.isPending}>
        Save settings
      </Button>
    </ServerCheckedForm>
  );
}
