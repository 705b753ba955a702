"use client";

import { Button } from "~/components/ui/button";
import { useRefreshThen } from "~/components/hooks/use-refresh-then";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";

// What the inline template editors share: their props, what happens once saved,
// and the row of buttons under the form.

export interface TemplateEditorProps<Template> {
  practiceSlug: string;
  /** null for a new template. */
  template: Template | null;
  billingHref: string | null;
  onDone: (message: string) => void;
}

/** The onSuccess of both save mutations: reload the list, then close with what happened. */
export const useOnSaved = (onDone: (message: string) => void, message: string) => useRefreshThen(() => onDone(message));

export function TemplateEditorActions({
  error,
  billingHref,
  pending,
  submitLabel,
  onCancel,
}: {
  error: unknown;
  billingHref: string | null;
  pending: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      {Boolean(error) && <LimitAwareAlert error={error} billingHref={billingHref} />}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </>
  );
}
