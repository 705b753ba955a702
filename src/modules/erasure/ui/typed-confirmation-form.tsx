"use client";

import { Button } from "~/components/ui/button";
import { InputField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";

/**
 * The last step of every erasure, behind a disclosure: type what is erased (an address) and press a danger button.
 * Typing rather than a second click, because nothing brings the data back.
 */
export function TypedConfirmationForm({
  opener,
  label,
  hint,
  expected,
  submitLabel,
  pending,
  error,
  fieldError,
  onConfirm,
}: {
  /** The disclosure's summary: "Delete my account…". */
  opener: string;
  label: string;
  hint: string;
  /** Shown as the placeholder, so the person sees what to type. */
  expected: string;
  submitLabel: string;
  pending: boolean;
  error?: string;
  fieldError?: string;
  onConfirm: (typed: string) => void;
}) {
  return (
    <details className="group" open={Boolean(error)}>
      <summary className="border-line text-ink inline-flex h-10 cursor-pointer list-none items-center rounded-lg border bg-white px-4 text-sm font-medium hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        {opener}
      </summary>
      <form
        className="mt-4 space-y-4 rounded-lg border border-red-200 bg-red-50/40 p-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm(String(new FormData(event.currentTarget).get("confirmation") ?? ""));
        }}
      >
        {error && !fieldError && <Alert tone="danger">{error}</Alert>}
        <InputField
          label={label}
          hint={hint}
          error={fieldError}
          name="confirmation"
          placeholder={expected}
          autoComplete="off"
          spellCheck={false}
          maxLength={320}
        />
        <Button type="submit" variant="danger" pending={pending}>
          {submitLabel}
        </Button>
      </form>
    </details>
  );
}
