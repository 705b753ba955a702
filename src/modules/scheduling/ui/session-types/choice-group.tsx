"use client";

import { useId } from "react";
import { FieldError } from "~/components/ui/field";
import { cn } from "~/lib/cn";

/** Radio buttons under one legend, each choice with a line saying what it means. */
export function ChoiceGroup<Value extends string>({
  legend,
  value,
  choices,
  error,
  onChange,
}: {
  legend: string;
  value: Value;
  choices: ReadonlyArray<{ value: Value; label: string; description: string }>;
  error?: string;
  onChange: (value: Value) => void;
}) {
  const name = useId();
  return (
    <fieldset className="space-y-2">
      <legend className="text-ink mb-1.5 text-sm font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return (
            <label
              key={choice.value}
              htmlFor={id}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm",
                value === choice.value ? "border-brand-600 bg-brand-50" : "border-line bg-white hover:bg-slate-50",
              )}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-describedby={`${id}-description`}
                className="accent-brand-700 mt-0.5 size-4 shrink-0"
              />
              <span className="min-w-0">
                <span className="text-ink block font-medium">{choice.label}</span>
                <span id={`${id}-description`} className="text-muted block text-xs">
                  {choice.description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {error && <FieldError>{error}</FieldError>}
    </fieldset>
  );
}
