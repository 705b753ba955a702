"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { Card } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import { planFromTemplate, type OutreachPeriod } from "../domain/project-plan";
import { defaultTemplateOf } from "../domain/starter-kit";
import type { ProjectTemplateView } from "../server/templates.service";
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

export interface AssignableClient {
  id: string;
  name: string;
  email: string;
  status: "LEAD" | "ACTIVE" | "COMPLETED" | "ARCHIVED";
  coachName: string | null;
}

interface Draft {
  clientId: string;
  templateId: string;
  title: string;
  northStar: string;
  dueDate: string;
  tracks: TrackDraft[];
  questions: QuestionDraft[];
  goalCount: string;
  goalPeriod: OutreachPeriod;
}

const SCRATCH = "";

function blankPlan() {
  return {
    title: "",
    tracks: tracksDraft([
      { name: "", targetCount: 5 },
      { name: "", targetCount: 5 },
    ]),
    questions: questionsDraft([]),
    goalCount: "2",
    goalPeriod: "DAY" as OutreachPeriod,
  };
}

function planDraft(template: ProjectTemplateView) {
  const plan = planFromTemplate(template);
  return {
    title: plan.title,
    tracks: tracksDraft(plan.tracks),
    questions: questionsDraft(plan.questionBank),
    goalCount: String(plan.outreachGoalCount),
    goalPeriod: plan.outreachGoalPeriod,
  };
}

const STATUS_NOTE: Record<AssignableClient["status"], string> = {
  LEAD: " — lead, becomes active",
  ACTIVE: "",
  COMPLETED: " — completed, becomes active again",
  ARCHIVED: "",
};

export function AssignProjectForm({
  practiceSlug,
  clients,
  templates,
  initialClientId,
  initialTemplateId,
  today,
  billingHref,
}: {
  practiceSlug: string;
  clients: AssignableClient[];
  templates: ProjectTemplateView[];
  initialClientId: string | null;
  initialTemplateId: string | null;
  /** The practice's date today, the earliest due date the picker offers (the server checks the client's own). */
  today: string;
  billingHref: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => {
    const template =
      templates.find((t) => t.id === initialTemplateId) ??
      (initialTemplateId === null ? defaultTemplateOf(templates) : undefined);
    return {
      clientId: clients.some((c) => c.id === initialClientId) ? initialClientId! : "",
      templateId: template?.id ?? SCRATCH,
      northStar: "",
      dueDate: "",
      ...(template ? planDraft(template) : blankPlan()),
    };
  });
  const assign = useMutation(
    trpc.projects.assign.mutationOptions({
      onSuccess: ({ id }) => router.push(`/p/${practiceSlug}/projects/${id}`),
    }),
  );
  const { fields } = errorDetails(assign.error);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  function startFrom(templateId: string) {
    const template = templates.find((t) => t.id === templateId);
    const previous = templates.find((t) => t.id === draft.templateId);
    // Keep a title the coach typed; replace one that was only the previous template's name.
    const keepTitle = draft.title.trim() !== "" && draft.title !== previous?.name;
    const plan = template ? planDraft(template) : blankPlan();
    set({ templateId, ...plan, title: keepTitle ? draft.title : plan.title });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    assign.mutate({
      practiceSlug,
      clientId: draft.clientId,
      templateId: draft.templateId || null,
      title: draft.title,
      northStar: draft.northStar,
      dueDate: draft.dueDate,
      tracks: draft.tracks.map((track) => ({ name: track.name, targetCount: numberFrom(track.targetCount) })),
      questionBank: draft.questions.map((question) => question.text),
      outreachGoalCount: numberFrom(draft.goalCount),
      outreachGoalPeriod: draft.goalPeriod,
    });
  }

  return (
    <Card>
      <form onSubmit={submit} noValidate className="space-y-6 px-5 py-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Client"
            hint={clients.length === 0 ? "You have no clients yet: they appear after a discovery booking." : undefined}
            error={fields.clientId}
          >
            {(ids) => (
              <Select
                id={ids.id}
                aria-describedby={ids.describedBy}
                invalid={ids.invalid}
                value={draft.clientId}
                onChange={(event) => set({ clientId: event.target.value })}
              >
                <option value="">Choose a client…</option>
                {clients.map((client) => (
                  <option key={client.id} value={client.id}>
                    {client.name}
                    {STATUS_NOTE[client.status]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Start from" hint="A template fills in the plan; you can change all of it.">
            {(ids) => (
              <Select
                id={ids.id}
                aria-describedby={ids.describedBy}
                value={draft.templateId}
                onChange={(event) => startFrom(event.target.value)}
              >
                {templates.map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
                <option value={SCRATCH}>From scratch</option>
              </Select>
            )}
          </Field>
        </div>
        <Field label="Title" error={fields.title}>
          {(ids) => (
            <Input
              id={ids.id}
              aria-describedby={ids.describedBy}
              invalid={ids.invalid}
              value={draft.title}
              maxLength={150}
              placeholder="e.g. Agency or engagement?"
              onChange={(event) => set({ title: event.target.value })}
            />
          )}
        </Field>
        <Field
          label="North star (optional)"
          hint="The decision this project serves. It may be vague: “something with more autonomy” is a fine start."
          error={fields.northStar}
        >
          {(ids) => (
            <TextArea
              id={ids.id}
              aria-describedby={ids.describedBy}
              invalid={ids.invalid}
              rows={2}
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
                min={today}
                value={draft.dueDate}
                onChange={(event) => set({ dueDate: event.target.value })}
              />
            )}
          </Field>
        </div>
        <TracksEditor tracks={draft.tracks} onChange={(tracks) => set({ tracks })} errors={fields} />
        <OutreachGoalFields
          count={draft.goalCount}
          period={draft.goalPeriod}
          onChange={({ count, period }) => set({ goalCount: count, goalPeriod: period })}
          errors={fields}
        />
        <QuestionBankEditor questions={draft.questions} onChange={(questions) => set({ questions })} errors={fields} />
        {assign.error && <LimitAwareAlert error={assign.error} billingHref={billingHref} />}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" pending={assign.isPending}>
            Assign project
          </Button>
          <p className="text-muted text-sm">The client gets an email and is asked for a readiness check-in.</p>
        </div>
      </form>
    </Card>
  );
}
