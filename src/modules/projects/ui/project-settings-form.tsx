"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import type { OutreachPeriod } from "../domain/project-plan";
import { FOLLOW_UP_LIMITS } from "../schemas";
import type { ProjectView } from "../server/projects.service";
import {
  numberFrom,
  OutreachGoalFields,
  QuestionBankEditor,
  questionsDraft,
  TracksEditor,
  tracksDraft,
  type QuestionDraft,
  type TrackDraft,
} from "./plan-fields";
import { TextArea } from "./text-area";

interface Draft {
  title: string;
  northStar: string;
  dueDate: string;
  tracks: TrackDraft[];
  questions: QuestionDraft[];
  goalCount: string;
  goalPeriod: OutreachPeriod;
  followUpAfterDays: string;
  maxFollowUps: string;
}

function draftOf(project: ProjectView): Draft {
  return {
    title: project.title,
    northStar: project.northStar ?? "",
    dueDate: project.dueDate ?? "",
    tracks: tracksDraft(project.tracks),
    questions: questionsDraft(project.questionBank),
    goalCount: String(project.outreachGoal.count),
    goalPeriod: project.outreachGoal.period,
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
  const [draft, setDraft] = useState(() => draftOf(project));
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
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((current) => ({ ...current, ...patch }));
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    save.mutate({
      practiceSlug,
      projectId: project.id,
      title: draft.title,
      northStar: draft.northStar,
      dueDate: draft.dueDate,
      tracks: draft.tracks.map((track) => ({
        id: track.id ?? null,
        name: track.name,
        targetCount: numberFrom(track.targetCount),
      })),
      questionBank: draft.questions.map((question) => question.text),
      outreachGoalCount: numberFrom(draft.goalCount),
      outreachGoalPeriod: draft.goalPeriod,
      followUpAfterDays: numberFrom(draft.followUpAfterDays),
      maxFollowUps: numberFrom(draft.maxFollowUps),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <Card>
        <CardHeader title="The project" />
        <div className="space-y-4 px-5 py-5">
          <Field label="Title" error={fields.title}>
            {(ids) => (
              <Input
                id={ids.id}
                aria-describedby={ids.describedBy}
                invalid={ids.invalid}
                value={draft.title}
                maxLength={150}
                onChange={(event) => set({ title: event.target.value })}
              />
            )}
          </Field>
          <Field label="North star (optional)" hint="The decision this project serves." error={fields.northStar}>
            {(ids) => (
              <TextArea
                id={ids.id}
                aria-describedby={ids.describedBy}
                invalid={ids.invalid}
                rows={3}
                maxLength={1000}
                value={draft.northStar}
                onChange={(event) => set({ northStar: event.target.value })}
              />
            )}
          </Field>
          <div className="sm:max-w-xs">
            <Field label="Due date (optional)" hint="A day in the client's own calendar." error={fields.dueDate}>
              {(ids) => (
                <Input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  invalid={ids.invalid}
                  type="date"
                  value={draft.dueDate}
                  onChange={(event) => set({ dueDate: event.target.value })}
                />
              )}
            </Field>
          </div>
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
            <Field label="Follow up after" hint="days without a reply" error={fields.followUpAfterDays}>
              {(ids) => (
                <Input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  invalid={ids.invalid}
                  type="number"
                  inputMode="numeric"
                  min={FOLLOW_UP_LIMITS.afterDaysMin}
                  max={FOLLOW_UP_LIMITS.afterDaysMax}
                  value={draft.followUpAfterDays}
                  onChange={(event) => set({ followUpAfterDays: event.target.value })}
                />
              )}
            </Field>
            <Field label="At most" hint="follow-ups per person" error={fields.maxFollowUps}>
              {(ids) => (
                <Input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  invalid={ids.invalid}
                  type="number"
                  inputMode="numeric"
                  min={FOLLOW_UP_LIMITS.maxMin}
                  max={FOLLOW_UP_LIMITS.maxMax}
                  value={draft.maxFollowUps}
                  onChange={(event) => set({ maxFollowUps: event.target.value })}
                />
              )}
            </Field>
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
    </form>
  );
}
