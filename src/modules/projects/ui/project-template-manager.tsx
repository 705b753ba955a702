"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { Alert, Badge, Card, CardHeader, EmptyState } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import { describeOutreachGoal, type OutreachPeriod } from "../domain/project-plan";
import type { ProjectTemplateView } from "../server/templates.service";
import { ConfirmDelete } from "./confirm-delete";
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

interface TemplateDraft {
  name: string;
  description: string;
  tracks: TrackDraft[];
  questions: QuestionDraft[];
  goalCount: string;
  goalPeriod: OutreachPeriod;
}

const EMPTY: Omit<TemplateDraft, "tracks" | "questions"> = {
  name: "",
  description: "",
  goalCount: "2",
  goalPeriod: "DAY",
};

function draftOf(template: ProjectTemplateView | null): TemplateDraft {
  if (!template) {
    return {
      ...EMPTY,
      tracks: tracksDraft([
        { name: "", targetCount: 5 },
        { name: "", targetCount: 5 },
      ]),
      questions: questionsDraft([]),
    };
  }
  return {
    name: template.name,
    description: template.description ?? "",
    tracks: tracksDraft(template.tracks),
    questions: questionsDraft(template.questionBank),
    goalCount: String(template.outreachGoalCount),
    goalPeriod: template.outreachGoalPeriod,
  };
}

function TemplateEditor({
  practiceSlug,
  template,
  billingHref,
  onDone,
}: {
  practiceSlug: string;
  template: ProjectTemplateView | null;
  billingHref: string | null;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState(() => draftOf(template));
  const saved = () => {
    router.refresh();
    onDone(template ? "Template saved." : "Template created.");
  };
  const create = useMutation(trpc.projects.createTemplate.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.projects.updateTemplate.mutationOptions({ onSuccess: saved }));
  const mutation = template ? update : create;
  const { fields } = errorDetails(mutation.error);
  const set = (patch: Partial<TemplateDraft>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = {
      practiceSlug,
      name: draft.name,
      description: draft.description,
      tracks: draft.tracks.map((track) => ({ name: track.name, targetCount: numberFrom(track.targetCount) })),
      questionBank: draft.questions.map((question) => question.text),
      outreachGoalCount: numberFrom(draft.goalCount),
      outreachGoalPeriod: draft.goalPeriod,
    };
    if (template) update.mutate({ ...input, templateId: template.id });
    else create.mutate(input);
  }

  return (
    <Card>
      <CardHeader
        title={template ? `Edit “${template.name}”` : "New project template"}
        description="Changes apply to projects assigned from now on; running projects keep their own copy."
      />
      <form onSubmit={submit} className="space-y-6 px-5 py-5" noValidate>
        <Field label="Name" error={fields.name}>
          {(ids) => (
            <Input
              id={ids.id}
              aria-describedby={ids.describedBy}
              invalid={ids.invalid}
              value={draft.name}
              maxLength={120}
              onChange={(event) => set({ name: event.target.value })}
            />
          )}
        </Field>
        <Field label="Description (optional)" hint="What this plan is good for." error={fields.description}>
          {(ids) => (
            <TextArea
              id={ids.id}
              aria-describedby={ids.describedBy}
              invalid={ids.invalid}
              rows={2}
              maxLength={1000}
              value={draft.description}
              onChange={(event) => set({ description: event.target.value })}
            />
          )}
        </Field>
        <TracksEditor tracks={draft.tracks} onChange={(tracks) => set({ tracks })} errors={fields} />
        <OutreachGoalFields
          count={draft.goalCount}
          period={draft.goalPeriod}
          onChange={({ count, period }) => set({ goalCount: count, goalPeriod: period })}
          errors={fields}
        />
        <QuestionBankEditor questions={draft.questions} onChange={(questions) => set({ questions })} errors={fields} />
        {mutation.error && <LimitAwareAlert error={mutation.error} billingHref={billingHref} />}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" pending={mutation.isPending}>
            {template ? "Save template" : "Create template"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => onDone("")}>
            Cancel
          </Button>
        </div>
      </form>
    </Card>
  );
}

export function ProjectTemplateManager({
  practiceSlug,
  templates,
  billingHref,
}: {
  practiceSlug: string;
  templates: ProjectTemplateView[];
  billingHref: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const remove = useMutation(
    trpc.projects.deleteTemplate.mutationOptions({
      onSuccess: () => {
        setNotice("Template deleted.");
        router.refresh();
      },
    }),
  );
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };
  const edit = (id: string) => {
    setEditing(id);
    setNotice("");
  };

  return (
    <section aria-labelledby="project-templates" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="project-templates" className="text-ink text-lg font-semibold">
            Project templates
          </h2>
          <p className="text-muted text-sm">Starting points for assigning a project: tracks, questions and a goal.</p>
        </div>
        {editing === null && (
          <Button type="button" onClick={() => edit("new")}>
            New template
          </Button>
        )}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {remove.error && <LimitAwareAlert error={remove.error} billingHref={billingHref} />}
      {editing === "new" && (
        <TemplateEditor practiceSlug={practiceSlug} template={null} billingHref={billingHref} onDone={done} />
      )}
      {templates.length === 0 && editing !== "new" ? (
        <EmptyState
          title="No project templates yet"
          description="Create one for the plan you use most, like ten conversations across two fields."
        />
      ) : (
        <ul className="space-y-4">
          {templates.map((template) =>
            editing === template.id ? (
              <li key={template.id}>
                <TemplateEditor
                  practiceSlug={practiceSlug}
                  template={template}
                  billingHref={billingHref}
                  onDone={done}
                />
              </li>
            ) : (
              <li key={template.id}>
                <Card className="px-5 py-4">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 flex-1 basis-64">
                      <h3 className="text-ink font-semibold break-words">{template.name}</h3>
                      {template.description && <p className="text-muted mt-0.5 text-sm">{template.description}</p>}
                    </div>
                    <div className="flex flex-wrap items-center gap-1">
                      <Button asChild variant="secondary" size="sm">
                        <Link href={`/p/${practiceSlug}/projects/new?templateId=${template.id}`}>Assign</Link>
                      </Button>
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        aria-label={`Edit ${template.name}`}
                        onClick={() => edit(template.id)}
                      >
                        Edit
                      </Button>
                      <ConfirmDelete
                        what={`“${template.name}”`}
                        note="Projects already assigned from it are not affected."
                        pending={remove.isPending}
                        onConfirm={() => remove.mutate({ practiceSlug, templateId: template.id })}
                      />
                    </div>
                  </div>
                  <div className="mt-3 flex flex-wrap gap-2">
                    {template.tracks.map((track) => (
                      <Badge key={track.name} tone="brand">
                        {track.name} · {track.targetCount}
                      </Badge>
                    ))}
                    <Badge>{describeOutreachGoal(template.outreachGoalCount, template.outreachGoalPeriod)}</Badge>
                    <Badge>
                      {template.questionBank.length} {template.questionBank.length === 1 ? "question" : "questions"}
                    </Badge>
                  </div>
                </Card>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
