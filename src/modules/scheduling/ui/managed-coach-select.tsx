"use client";

import { SelectField } from "~/components/ui/labelled-controls";

interface CoachOption {
  id: string;
  displayName: string;
}

/**
 * Whose booking setup a page shows, for an owner or admin who manages every coach's: shown only when there is a
 * choice to make (several coaches, or none picked yet).
 */
export function ManagedCoachSelect({
  coaches,
  coachId,
  hint,
  onChoose,
}: {
  coaches: readonly CoachOption[];
  coachId: string | null;
  hint: string;
  onChoose: (coachProfileId: string) => void;
}) {
  if (coaches.length <= (coachId ? 1 : 0)) return null;
  return (
    <div className="sm:max-w-xs">
      <SelectField label="Coach" hint={hint} value={coachId ?? ""} onChange={(event) => onChoose(event.target.value)}>
        {!coachId && <option value="">Choose a coach</option>}
        {coaches.map((option) => (
          <option key={option.id} value={option.id}>
            {option.displayName}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
