"use client";

import { useId } from "react";
import { FieldError } from "~/components/ui/field";
import { TextArea } from "~/components/ui/text-area";
import { cn } from "~/lib/cn";

/** A labelled, resizable answer box with its hint, error and (near the cap) a character count. */
export function ReflectionTextarea({
  label,
  hint,
  value,
  max,
  error,
  rows = 4,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  max: number;
  error?: string;
  rows?: number;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const nearCap = value.length > max * 0.9;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, nearCap && `${id}-count`].filter(Boolean);
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-ink block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted text-xs">
          {hint}
        </p>
      )}
      <TextArea
        id={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        invalid={Boolean(error)}
        aria-describedby={describedBy.join(" ") || undefined}
        className="resize-y leading-relaxed"
      />
      {nearCap && (
        <p id={`${id}-count`} className={cn("text-xs", value.length > max ? "font-medium text-red-600" : "text-muted")}>
          {value.length.toLocaleString("en-GB")} of {max.toLocaleString("en-GB")} characters
        </p>
      )}
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  );
}
