"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { InputField, TextAreaField } from "~/components/ui/labelled-controls";
import { Badge, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { describeOutreachGoal } from "../domain/project-plan";
import type { ProjectTemplateView } from "../server/templates.service";
import { blankPlanDraft, planDraftOf, planInput, withStandInsAsPlaceholders, type PlanDraft } from "./plan-draft";
import { PlanFields } from "./plan-fields";
import { TemplateEditorActions, useOnSaved, type TemplateEditorProps } from "./template-editor-parts";
import { useDraft } from "./use-draft";
import {
  TemplateCard,
  TemplateManagerShell,
  useTemplateManager,
  type TemplateManagerProps,
} from "./template-manager-shell";

interface TemplateDraft extends PlanDraft {
  name: string;
  description: string;
}

function draftOf(template: ProjectTemplateView | null): TemplateDraft {
  if (!template) return { name: "", description: "", ...blankPlanDraft() };
  return withStandInsAsPlaceholders({
    name: template.name,
    description: template.description ?? "",
    ...planDraftOf(template),
  });
}

function TemplateEditor({ practiceSlug, template, billingHref, onDone }: TemplateEditorProps<ProjectTemplateView>) {
  const trpc = useTRPC();
  const [draft, set] = useDraft(() => draftOf(template));
  const saved = useOnSaved(onDone, template ? "Template saved." : "Template created.");
  const create = useMutation(trpc.projects.createTemplate.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.projects.updateTemplate.mutationOptions({ onSuccess: saved }));
  const mutation = template ? update : create;
  const { fields } = errorDetails(mutation.error);

  function submit() {
    const input = {
      practiceSlug,
      name: draft.name,
      description: draft.description,
      ...planInput(draft, { keepStandIns: true }),
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
      <ServerCheckedForm onSubmit={submit} className="space-y-6 px-5 py-5">
        <InputField
          label="Name"
          error={fields.name}
          value={draft.name}
          maxLength={120}
          onChange={(event) => set({ name: event.target.value })}
        />
        <TextAreaField
          label="Description (optional)"
          hint="What this plan is good for."
          error={fields.description}
          rows={2}
          maxLength={1000}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
        <PlanFields draft={draft} onChange={set} errors={fields} />
        <TemplateEditorActions
          error={mutation.error}
          billingHref={billingHref}
          pending={mutation.isPending}
          submitLabel={template ? "Save template" : "Create template"}
          onCancel={() => onDone("")}
        />
      </ServerCheckedForm>
    </Card>
  );
}

/** The template's plan at a glance: each track with its target, the goal, how many questions. */
function PlanBadges({ template }: { template: ProjectTemplateView }) {
  const questions = template.questionBank.length;
  return (
    <div className="mt-3 flex flex-wrap gap-2">
      {template.tracks.map((track) => (
        <Badge key={track.name} tone="brand">
          {track.name} · {track.targetCount}
        </Badge>
      ))}
      <Badge>{describeOutreachGoal(template.outreachGoalCount, template.outreachGoalPeriod)}</Badge>
      <Badge>
        {questions} {questions === 1 ? "question" : "questions"}
      </Badge>
    </div>
  );
}

export function ProjectTemplateManager(props: TemplateManagerProps<ProjectTemplateView>) {
  const { practiceSlug } = props;
  const trpc = useTRPC();
  const manager = useTemplateManager("Template deleted.");
  const remove = useMutation(trpc.projects.deleteTemplate.mutationOptions({ onSuccess: manager.deleted }));

  return (
    <TemplateManagerShell
      {...props}
      manager={manager}
      deleteError={remove.error}
      Editor={TemplateEditor}
      headingId="project-templates"
      heading="Project templates"
      description="Starting points for assigning a project: tracks, questions and a goal."
      newLabel="New template"
      empty={{
        title: "No project templates yet",
        description: "Create one for the plan you use most, like ten conversations across two fields.",
      }}
      listClassName="space-y-4"
      renderCard={(template) => (
        <TemplateCard
          name={template.name}
          className="px-5 py-4"
          headerClassName="gap-3"
          summary={template.description && <p className="text-muted mt-0.5 text-sm">{template.description}</p>}
          actions={
            <Button asChild variant="secondary" size="sm">
              <Link href={`/p/${practiceSlug}/projects/new?templateId=${template.id}`}>Assign</Link>
            </Button>
          }
          deleteNote="Projects already assigned from it are not affected."
          deletePending={remove.isPending}
          onEdit={() => manager.edit(template.id)}
          onDelete={() => remove.mutate({ practiceSlug, templateId: template.id })}
        >
          <PlanBadges template={template} />
        </TemplateCard>
      )}
    />
  );
}
