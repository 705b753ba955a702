"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { NamedOptions, SelectField } from "~/components/ui/labelled-controls";
import { Card } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import { planFromTemplate } from "../domain/project-plan";
import { defaultTemplateOf } from "../domain/starter-kit";
import type { ProjectTemplateView } from "../server/templates.service";
import { blankPlanDraft, planDraftOf, planInput, withStandInsAsPlaceholders, type PlanDraft } from "./plan-draft";
import { PlanFields } from "./plan-fields";
import { ProjectBasicsFields, type ProjectBasicsDraft } from "./project-basics-fields";
import { useDraft } from "./use-draft";

interface AssignableClient {
  id: string;
  name: string;
  email: string;
  status: "LEAD" | "ACTIVE" | "COMPLETED" | "ARCHIVED";
  coachName: string | null;
}

interface Draft extends PlanDraft, ProjectBasicsDraft {
  clientId: string;
  templateId: string;
}

const SCRATCH = "";

const blankPlan = () => ({ title: "", ...blankPlanDraft() });

function planDraft(template: ProjectTemplateView) {
  const plan = planFromTemplate(template);
  return withStandInsAsPlaceholders({ title: plan.title, ...planDraftOf(plan) });
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
  const [draft, set] = useDraft<Draft>(() => {
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

  function startFrom(templateId: string) {
    const template = templates.find((t) => t.id === templateId);
    const previous = templates.find((t) => t.id === draft.templateId);
    // Keep a title the coach typed; replace one that was only the previous template's name.
    const keepTitle = draft.title.trim() !== "" && draft.title !== previous?.name;
    const plan = template ? planDraft(template) : blankPlan();
    set({ templateId, ...plan, title: keepTitle ? draft.title : plan.title });
  }

  function submit() {
    assign.mutate({
      practiceSlug,
      clientId: draft.clientId,
      templateId: draft.templateId || null,
      title: draft.title,
      northStar: draft.northStar,
      dueDate: draft.dueDate,
      ...planInput(draft),
    });
  }

  return (
    <Card>
      <ServerCheckedForm onSubmit={submit} className="space-y-6 px-5 py-5">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Client"
            hint={clients.length === 0 ? "You have no clients yet: they appear after a discovery booking." : undefined}
            error={fields.clientId}
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
          </SelectField>
          <SelectField
            label="Start from"
            hint="A template fills in the plan; you can change all of it."
            value={draft.templateId}
            onChange={(event) => startFrom(event.target.value)}
          >
            <NamedOptions items={templates} />
            <option value={SCRATCH}>From scratch</option>
          </SelectField>
        </div>
        <ProjectBasicsFields
          draft={draft}
          onChange={set}
          errors={fields}
          titlePlaceholder="e.g. Agency or engagement?"
          northStarHint="The decision this project serves. It may be vague: “something with more autonomy” is a fine start."
          northStarRows={2}
          earliestDueDate={today}
        />
        <PlanFields draft={draft} onChange={set} errors={fields} />
        {assign.error && <LimitAwareAlert error={assign.error} billingHref={billingHref} />}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" pending={assign.isPending}>
            Assign project
          </Button>
          <p className="text-muted text-sm">The client gets an email and is asked for a readiness check-in.</p>
        </div>
      </ServerCheckedForm>
    </Card>
  );
}
