"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Alert, Card, EmptyState } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { ConfirmDelete } from "./confirm-delete";
import type { TemplateEditorProps } from "./template-editor-parts";

// The practice's template lists (project templates, outreach messages) work alike: a heading
// with a "new" button, a notice after each change, and cards that open into an inline editor
// one at a time. This is that shell; each manager brings its own editor and card contents.

/** The id of the open editor, "new" for a template not yet created. */
const NEW = "new";

interface TemplateManagerState {
  editing: string | null;
  notice: string;
  edit: (id: string) => void;
  /** Closes the editor and shows what it did ("" when it was cancelled). */
  done: (message: string) => void;
  /** For the delete mutation's onSuccess: shows the notice and reloads the list. */
  deleted: () => void;
}

export function useTemplateManager(deletedNotice: string): TemplateManagerState {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  return {
    editing,
    notice,
    edit: (id) => {
      setEditing(id);
      setNotice("");
    },
    done: (message) => {
      setEditing(null);
      setNotice(message);
    },
    deleted: () => {
      setNotice(deletedNotice);
      router.refresh();
    },
  };
}

/** What the page hands each manager. */
export interface TemplateManagerProps<Template> {
  practiceSlug: string;
  templates: Template[];
  billingHref: string | null;
}

export function TemplateManagerShell<Template extends { id: string }>({
  practiceSlug,
  templates,
  billingHref,
  manager,
  deleteError,
  Editor,
  headingId,
  heading,
  description,
  newLabel,
  empty,
  listClassName,
  editorItemClassName,
  renderCard,
}: TemplateManagerProps<Template> & {
  manager: TemplateManagerState;
  deleteError: unknown;
  /** The inline editor, for a new template (null) or the one being edited. */
  Editor: React.ComponentType<TemplateEditorProps<Template>>;
  headingId: string;
  heading: string;
  description: string;
  newLabel: string;
  empty: { title: string; description: string };
  listClassName: string;
  editorItemClassName?: string;
  renderCard: (template: Template) => React.ReactNode;
}) {
  const { editing, notice, edit, done } = manager;
  const editor = (template: Template | null) => (
    <Editor practiceSlug={practiceSlug} template={template} billingHref={billingHref} onDone={done} />
  );
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-ink text-lg font-semibold">
            {heading}
          </h2>
          <p className="text-muted text-sm">{description}</p>
        </div>
        {editing === null && (
          <Button type="button" onClick={() => edit(NEW)}>
            {newLabel}
          </Button>
        )}
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {Boolean(deleteError) && <LimitAwareAlert error={deleteError} billingHref={billingHref} />}
      {editing === NEW && editor(null)}
      {templates.length === 0 && editing !== NEW ? (
        <EmptyState title={empty.title} description={empty.description} />
      ) : (
        <ul className={listClassName}>
          {templates.map((template) =>
            editing === template.id ? (
              <li key={template.id} className={editorItemClassName}>
                {editor(template)}
              </li>
            ) : (
              <li key={template.id}>{renderCard(template)}</li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

/** A closed template: its name and summary, with Edit and Delete (and any actions of its own). */
export function TemplateCard({
  name,
  className,
  headerClassName,
  summary,
  actions,
  deleteNote,
  deletePending,
  onEdit,
  onDelete,
  children,
}: {
  name: string;
  className: string;
  headerClassName: string;
  summary: React.ReactNode;
  actions?: React.ReactNode;
  deleteNote?: string;
  deletePending: boolean;
  onEdit: () => void;
  onDelete: () => void;
  children: React.ReactNode;
}) {
  return (
    <Card className={className}>
      <div className={cn("flex flex-wrap items-start justify-between", headerClassName)}>
        <div className="min-w-0 flex-1 basis-64">
          <h3 className="text-ink font-semibold break-words">{name}</h3>
          {summary}
        </div>
        <div className="flex flex-wrap items-center gap-1">
          {actions}
          <Button type="button" variant="ghost" size="sm" aria-label={`Edit ${name}`} onClick={onEdit}>
            Edit
          </Button>
          <ConfirmDelete what={`“${name}”`} note={deleteNote} pending={deletePending} onConfirm={onDelete} />
        </div>
      </div>
      {children}
    </Card>
  );
}
