"use client";

import { useId } from "react";
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
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy.join(" ") || undefined}
        className={cn(
          "text-ink focus:border-brand-600 focus:ring-brand-600/20 block w-full resize-y rounded-lg border bg-white px-3 py-2 text-sm leading-relaxed shadow-sm focus:ring-2 focus:outline-none",
          error ? "border-red-500" : "border-line",
        )}
      />
      {nearCap && (
        <p id={`${id}-count`} className={cn("text-xs", value.length > max ? "font-medium text-red-600" : "text-muted")}>
          {value.length.toLocaleString("en-GB")} of {max.toLocaleString("en-GB")} characters
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
