import { useState } from "react";

/** A form's draft, a setter that merges a patch into it, and one that replaces it whole. */
export function useDraft<Draft>(initial: () => Draft) {
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  return [draft, set, setDraft] as const;
}
