"use client";

import { useMutation } from "@tanstack/react-query";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { InputField, SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { Badge, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { OUTREACH_PLACEHOLDERS } from "../domain/outreach-placeholders";
import { OUTREACH_KINDS } from "../schemas";
import { TemplateEditorActions, useOnSaved, type TemplateEditorProps } from "./template-editor-parts";
import { useDraft } from "./use-draft";
import {
  TemplateCard,
  TemplateManagerShell,
  useTemplateManager,
  type TemplateManagerProps,
} from "./template-manager-shell";

type Kind = (typeof OUTREACH_KINDS)[number];

export const OUTREACH_KIND_LABELS: Record<Kind, string> = {
  INITIAL: "First message",
  FOLLOW_UP: "Follow-up",
  THANK_YOU: "Thank you",
  REFERRER_UPDATE: "Update to the referrer",
};

interface OutreachTemplateView {
  id: string;
  name: string;
  kind: Kind;
  subject: string;
  body: string;
}

type Draft = Omit<OutreachTemplateView, "id">;
const EMPTY: Draft = { name: "", kind: "INITIAL", subject: "", body: "" };

function PlaceholderLegend() {
  return (
    <div className="rounded-lg bg-slate-50 px-4 py-3 text-sm">
      <p className="text-ink font-medium">Placeholders</p>
      <p className="text-muted">Filled in from the contact when the client drafts a message.</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {OUTREACH_PLACEHOLDERS.map((placeholder) => (
          <div key={placeholder.key} className="contents">
            <dt>
              <code className="text-brand-800 font-mono text-xs">{`{{${placeholder.key}}}`}</code>
            </dt>
            <dd className="text-muted">{placeholder.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function OutreachEditor({ practiceSlug, template, billingHref, onDone }: TemplateEditorProps<OutreachTemplateView>) {
  const trpc = useTRPC();
  const [draft, set] = useDraft<Draft>(() => (template ? { ...template } : { ...EMPTY }));
  const saved = useOnSaved(onDone, template ? "Message saved." : "Message created.");
  const create = useMutation(trpc.projects.createOutreachTemplate.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.projects.updateOutreachTemplate.mutationOptions({ onSuccess: saved }));
  const mutation = template ? update : create;
  const { fields } = errorDetails(mutation.error);

  function submit() {
    const input = { practiceSlug, name: draft.name, kind: draft.kind, subject: draft.subject, body: draft.body };
    if (template) update.mutate({ ...input, outreachTemplateId: template.id });
    else create.mutate(input);
  }

  return (
    <Card>
      <CardHeader title={template ? `Edit “${template.name}”` : "New outreach message"} />
      <ServerCheckedForm onSubmit={submit} className="grid gap-6 px-5 py-5 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField
              label="Name"
              error={fields.name}
              value={draft.name}
              maxLength={80}
              onChange={(event) => set({ name: event.target.value })}
            />
            <SelectField
              label="Used for"
              error={fields.kind}
              value={draft.kind}
              onChange={(event) => set({ kind: event.target.value as Kind })}
            >
              {OUTREACH_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {OUTREACH_KIND_LABELS[kind]}
                </option>
              ))}
            </SelectField>
          </div>
          <InputField
            label="Subject"
            error={fields.subject}
            value={draft.subject}
            maxLength={200}
            onChange={(event) => set({ subject: event.target.value })}
          />
          <TextAreaField
            label="Message"
            hint="Short notes get answers."
            error={fields.body}
            rows={8}
            maxLength={5000}
            value={draft.body}
            onChange={(event) => set({ body: event.target.value })}
          />
          <TemplateEditorActions
            error={mutation.error}
            billingHref={billingHref}
            pending={mutation.isPending}
            submitLabel={template ? "Save message" : "Create message"}
            onCancel={() => onDone("")}
          />
        </div>
        <PlaceholderLegend />
      </ServerCheckedForm>
    </Card>
  );
}

export function OutreachTemplateManager(props: TemplateManagerProps<OutreachTemplateView>) {
  const { practiceSlug } = props;
  const trpc = useTRPC();
  const manager = useTemplateManager("Message deleted.");
  const remove = useMutation(trpc.projects.deleteOutreachTemplate.mutationOptions({ onSuccess: manager.deleted }));

  return (
    <TemplateManagerShell
      {...props}
      manager={manager}
      deleteError={remove.error}
      Editor={OutreachEditor}
      headingId="outreach-templates"
      heading="Outreach messages"
      description="Short notes clients start from when they write to someone. The app never sends them itself."
      newLabel="New message"
      empty={{
        title: "No outreach messages yet",
        description:
          "Add a first note, a follow-up, a thank-you and an update for the person who made the introduction.",
      }}
      listClassName="grid gap-4 md:grid-cols-2"
      editorItemClassName="md:col-span-2"
      renderCard={(template) => (
        <TemplateCard
          name={template.name}
          className="flex h-full flex-col px-5 py-4"
          headerClassName="gap-2"
          summary={<Badge tone="brand">{OUTREACH_KIND_LABELS[template.kind]}</Badge>}
          deletePending={remove.isPending}
          onEdit={() => manager.edit(template.id)}
          onDelete={() => remove.mutate({ practiceSlug, outreachTemplateId: template.id })}
        >
          <p className="text-ink mt-3 text-sm font-medium">{template.subject}</p>
          <p className="text-muted mt-1 line-clamp-4 text-sm whitespace-pre-line">{template.body}</p>
        </TemplateCard>
      )}
    />
  );
}
