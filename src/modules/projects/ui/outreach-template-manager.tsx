"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { Alert, Badge, Card, CardHeader, EmptyState } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import { OUTREACH_PLACEHOLDERS } from "../domain/outreach-placeholders";
import { OUTREACH_KINDS } from "../schemas";
import { ConfirmDelete } from "./confirm-delete";
import { TextArea } from "./text-area";

type Kind = (typeof OUTREACH_KINDS)[number];

export const OUTREACH_KIND_LABELS: Record<Kind, string> = {
  INITIAL: "First message",
  FOLLOW_UP: "Follow-up",
  THANK_YOU: "Thank you",
  REFERRER_UPDATE: "Update to the referrer",
};

export interface OutreachTemplateView {
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

function OutreachEditor({
  practiceSlug,
  template,
  billingHref,
  onDone,
}: {
  practiceSlug: string;
  template: OutreachTemplateView | null;
  billingHref: string | null;
  onDone: (message: string) => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() => (template ? { ...template } : { ...EMPTY }));
  const saved = () => {
    router.refresh();
    onDone(template ? "Message saved." : "Message created.");
  };
  const create = useMutation(trpc.projects.createOutreachTemplate.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.projects.updateOutreachTemplate.mutationOptions({ onSuccess: saved }));
  const mutation = template ? update : create;
  const { fields } = errorDetails(mutation.error);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { practiceSlug, name: draft.name, kind: draft.kind, subject: draft.subject, body: draft.body };
    if (template) update.mutate({ ...input, outreachTemplateId: template.id });
    else create.mutate(input);
  }

  return (
    <Card>
      <CardHeader title={template ? `Edit “${template.name}”` : "New outreach message"} />
      <form onSubmit={submit} noValidate className="grid gap-6 px-5 py-5 lg:grid-cols-[1fr_18rem]">
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Name" error={fields.name}>
              {(ids) => (
                <Input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  invalid={ids.invalid}
                  value={draft.name}
                  maxLength={80}
                  onChange={(event) => set({ name: event.target.value })}
                />
              )}
            </Field>
            <Field label="Used for" error={fields.kind}>
              {(ids) => (
                <Select
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  invalid={ids.invalid}
                  value={draft.kind}
                  onChange={(event) => set({ kind: event.target.value as Kind })}
                >
                  {OUTREACH_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {OUTREACH_KIND_LABELS[kind]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <Field label="Subject" error={fields.subject}>
            {(ids) => (
              <Input
                id={ids.id}
                aria-describedby={ids.describedBy}
                invalid={ids.invalid}
                value={draft.subject}
                maxLength={200}
                onChange={(event) => set({ subject: event.target.value })}
              />
            )}
          </Field>
          <Field label="Message" hint="Short notes get answers." error={fields.body}>
            {(ids) => (
              <TextArea
                id={ids.id}
                aria-describedby={ids.describedBy}
                invalid={ids.invalid}
                rows={8}
                maxLength={5000}
                value={draft.body}
                onChange={(event) => set({ body: event.target.value })}
              />
            )}
          </Field>
          {mutation.error && <LimitAwareAlert error={mutation.error} billingHref={billingHref} />}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" pending={mutation.isPending}>
              {template ? "Save message" : "Create message"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => onDone("")}>
              Cancel
            </Button>
          </div>
        </div>
        <PlaceholderLegend />
      </form>
    </Card>
  );
}

export function OutreachTemplateManager({
  practiceSlug,
  templates,
  billingHref,
}: {
  practiceSlug: string;
  templates: OutreachTemplateView[];
  billingHref: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const remove = useMutation(
    trpc.projects.deleteOutreachTemplate.mutationOptions({
      onSuccess: () => {
        setNotice("Message deleted.");
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
    <section aria-labelledby="outreach-templates" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="outreach-templates" className="text-ink text-lg font-semibold">
            Outreach messages
          </h2>
          <p className="text-muted text-sm">
            Short notes clients start from when they write to someone. The app never sends them itself.
          </p>
        </div>
        {editing === null && (
          <Button type="button" onClick={() => edit("new")}>
            New message
          </Button>
        )}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {remove.error && <LimitAwareAlert error={remove.error} billingHref={billingHref} />}
      {editing === "new" && (
        <OutreachEditor practiceSlug={practiceSlug} template={null} billingHref={billingHref} onDone={done} />
      )}
      {templates.length === 0 && editing !== "new" ? (
        <EmptyState
          title="No outreach messages yet"
          description="Add a first note, a follow-up, a thank-you and an update for the person who made the introduction."
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {templates.map((template) =>
            editing === template.id ? (
              <li key={template.id} className="md:col-span-2">
                <OutreachEditor
                  practiceSlug={practiceSlug}
                  template={template}
                  billingHref={billingHref}
                  onDone={done}
                />
              </li>
            ) : (
              <li key={template.id}>
                <Card className="flex h-full flex-col px-5 py-4">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0 flex-1 basis-64">
                      <h3 className="text-ink font-semibold break-words">{template.name}</h3>
                      <Badge tone="brand">{OUTREACH_KIND_LABELS[template.kind]}</Badge>
                    </div>
                    <div className="flex flex-wrap items-center gap-1">
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
                        pending={remove.isPending}
                        onConfirm={() => remove.mutate({ practiceSlug, outreachTemplateId: template.id })}
                      />
                    </div>
                  </div>
                  <p className="text-ink mt-3 text-sm font-medium">{template.subject}</p>
                  <p className="text-muted mt-1 line-clamp-4 text-sm whitespace-pre-line">{template.body}</p>
                </Card>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
