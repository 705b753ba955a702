import { useEffect, type RefObject } from "react";

const CONTROLS = 'input:not([type="hidden"]), select, textarea, button';

/** Spread on a message of a refused submit that belongs to no field, so focus can land on it. */
export const refusalMessage = { "data-refusal": "", tabIndex: -1 } as const;

function firstMatching(form: HTMLFormElement, selector: string): HTMLElement | undefined {
  return Array.from(form.elements).find(
    (element): element is HTMLElement => element instanceof HTMLElement && element.matches(selector),
  );
}

/**
 * Puts a keyboard user where the booking form needs them: on its first control whenever it opens for another time
 * (`openedFor`, the picked start), and after a refused submit (`refusal`, a new object each time) on the first field
 * marked invalid, or else on the form's own message (see `refusalMessage`).
 */
export function useFormFocus(form: RefObject<HTMLFormElement | null>, openedFor: string, refusal: object | undefined) {
  useEffect(() => {
    if (form.current) firstMatching(form.current, CONTROLS)?.focus();
  }, [form, openedFor]);
  useEffect(() => {
    const current = form.current;
    if (!refusal || !current) return;
    const target =
      firstMatching(current, '[aria-invalid="true"]') ?? current.querySelector<HTMLElement>("[data-refusal]");
    target?.focus();
  }, [form, refusal]);
}
