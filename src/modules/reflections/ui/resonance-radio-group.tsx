"use client";

import { useId } from "react";
import { cn } from "~/lib/cn";
import { RESONANCE_SCALE } from "../domain/resonance";

/** "Does this option resonate?" — five native radios (arrow keys move between them), each with its words. */
export function ResonanceRadioGroup({
  value,
  error,
  onChange,
}: {
  value: number | null;
  error?: string;
  onChange: (value: number) => void;
}) {
  const name = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${name}-error` : `${name}-hint`}>
      <legend className="text-ink text-sm font-medium">Does this option resonate?</legend>
      <p id={`${name}-hint`} className="text-muted text-xs">
        Go with your gut, from 1 (not aligning) to 5 (a bolt of calm and clarity).
      </p>
      <div className="grid gap-2 sm:grid-cols-5">
        {RESONANCE_SCALE.map((step) => (
          <label
            key={step.value}
            className={cn(
              "has-[:focus-visible]:ring-brand-600 flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 text-sm has-[:focus-visible]:ring-2 sm:flex-col sm:items-start sm:gap-1",
              value === step.value ? "border-brand-600 bg-brand-50" : "border-line bg-white hover:bg-slate-50",
            )}
          >
            <input
              type="radio"
              name={name}
              value={step.value}
              checked={value === step.value}
              onChange={() => onChange(step.value)}
              className="accent-brand-700 sr-only"
            />
            <span
              aria-hidden="true"
              className={cn(
                "flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold",
                value === step.value ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-700",
              )}
            >
              {step.value}
            </span>
            <span className="text-ink leading-snug">
              <span className="sr-only">{step.value} — </span>
              {step.label}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} role="alert" className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}
