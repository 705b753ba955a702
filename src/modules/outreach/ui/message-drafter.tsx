"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { InputField, NamedOptions, SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useRefreshThen } from "~/components/hooks/use-refresh-then";
import { useTRPC } from "~/trpc/react";
import { draftMessage, mailtoHref, type PlaceholderValues } from "../domain/message-template";
import { OUTREACH_KIND_LABELS, OUTREACH_KINDS, type OutreachKind } from "../domain/outreach-effects";
import { LIMITS } from "../schemas";
import { SubmitOrCancel } from "./submit-or-cancel";

export interface OutreachTemplateOption {
  id: string;
  name: string;
  kind: OutreachKind;
  subject: string;
  body: string;
}

interface Props {
  practiceSlug: string;
  contactId: string;
  suggestedKind: OutreachKind;
  /** Kinds that make sense for this person now (a thank-you needs an interview, and so on). */
  kinds: readonly OutreachKind[];
  values: PlaceholderValues;
  templates: OutreachTemplateOption[];
  onDone: () => void;
}

const HINT_LABELS: Record<string, string> = {
  name: "name",
  firstName: "first name",
  role: "role",
  organisation: "organisation",
  referrer: "referrer",
  client: "your name",
};

/**
 * Draft a message from one of the practice's templates, edit it, send it yourself (copy, or your
 * mail app through mailto:), then log exactly what was sent. The app never sends it.
 */
export function MessageDrafter({ practiceSlug, contactId, suggestedKind, kinds, values, templates, onDone }: Props) {
  const trpc = useTRPC();
  const [kind, setKind] = useState<OutreachKind>(suggestedKind);
  const blank = { templateId: "", subject: "", body: "", missing: [] as string[] };
  const ofKind = (k: OutreachKind) => templates.filter((template) => template.kind === k);
  const start = (k: OutreachKind) => {
    const template = ofKind(k)[0];
    return template ? { templateId: template.id, ...draftMessage(template, values) } : blank;
  };
  const [draft, setDraft] = useState(() => start(suggestedKind));
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const log = useMutation(trpc.outreach.logOutreach.mutationOptions({ onSuccess: useRefreshThen(onDone) }));
  const problem = errorDetails(log.error);

  const chooseKind = (next: OutreachKind) => {
    setKind(next);
    setDraft(start(next));
  };
  const chooseTemplate = (templateId: string) => {
    const template = templates.find((t) => t.id === templateId);
    setDraft(template ? { templateId, ...draftMessage(template, values) } : { ...blank });
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft.body);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <ServerCheckedForm
      className="space-y-3"
      onSubmit={() => {
        log.mutate({ practiceSlug, contactId, kind, subject: draft.subject, message: draft.body });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Kind of message" value={kind} onChange={(e) => chooseKind(e.target.value as OutreachKind)}>
          {OUTREACH_KINDS.filter((k) => kinds.includes(k)).map((k) => (
            <option key={k} value={k}>
              {OUTREACH_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Start from" value={draft.templateId} onChange={(e) => chooseTemplate(e.target.value)}>
          <NamedOptions items={ofKind(kind)} />
          <option value="">A blank message</option>
        </SelectField>
      </div>
      <InputField
        label="Subject (optional)"
        error={problem.fields.subject}
        value={draft.subject}
        maxLength={LIMITS.subject}
        onChange={(e) => setDraft((d) => ({ ...d, subject: e.target.value }))}
      />
      <TextAreaField
        label="Message"
        error={problem.fields.message}
        hint={
          draft.missing.length > 0
            ? `Fill in the [bracketed] ${draft.missing.map((key) => HINT_LABELS[key] ?? key).join(", ")} before you send it.`
            : "Edit it as you like; what you log here is kept exactly as sent."
        }
        rows={8}
        value={draft.body}
        maxLength={LIMITS.message}
        onChange={(e) => {
          setCopied("idle");
          setDraft((d) => ({ ...d, body: e.target.value }));
        }}
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" size="sm" variant="secondary" onClick={copy} disabled={!draft.body}>
          Copy message
        </Button>
        <Button asChild size="sm" variant="secondary">
          <a href={mailtoHref(draft)}>Open in email app</a>
        </Button>
        <span role="status" className="text-muted text-xs">
          {copied === "copied" && "Copied. Paste it into your email or LinkedIn message."}
          {copied === "failed" && "Your browser blocked copying: select the text and copy it."}
        </span>
      </div>
      {problem.message && !problem.fields.message && !problem.fields.subject && (
        <Alert tone="danger">{problem.message}</Alert>
      )}
      <SubmitOrCancel
        label="Log as sent"
        pending={log.isPending}
        onCancel={onDone}
        className="border-line border-t pt-3"
      />
    </ServerCheckedForm>
  );
}
