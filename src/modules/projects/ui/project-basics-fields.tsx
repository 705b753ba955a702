"use client";

import { InputField, TextAreaField } from "~/components/ui/labelled-controls";

// Title, north star and due date: what the assignment form asks first and project settings
// shows first. The two differ only in hints and sizes, passed in.

export interface ProjectBasicsDraft {
  title: string;
  northStar: string;
  dueDate: string;
}

export function ProjectBasicsFields({
  draft,
  onChange,
  errors,
  titlePlaceholder,
  northStarHint,
  northStarRows,
  earliestDueDate,
}: {
  draft: ProjectBasicsDraft;
  onChange: (patch: Partial<ProjectBasicsDraft>) => void;
  errors: Record<string, string>;
  titlePlaceholder?: string;
  northStarHint: string;
  northStarRows: number;
  /** The earliest day the date picker offers; the server checks against the client's own today. */
  earliestDueDate?: string;
}) {
  return (
    <>
      <InputField
        label="Title"
        error={errors.title}
        value={draft.title}
        maxLength={150}
        placeholder={titlePlaceholder}
        onChange={(event) => onChange({ title: event.target.value })}
      />
      <TextAreaField
        label="North star (optional)"
        hint={northStarHint}
        error={errors.northStar}
        rows={northStarRows}
        maxLength={1000}
        value={draft.northStar}
        onChange={(event) => onChange({ northStar: event.target.value })}
      />
      <div className="sm:max-w-xs">
        <InputField
          label="Due date (optional)"
          hint="A day in the client's own calendar."
          error={errors.dueDate}
          type="date"
          min={earliestDueDate}
          value={draft.dueDate}
          onChange={(event) => onChange({ dueDate: event.target.value })}
        />
      </div>
    </>
  );
}
