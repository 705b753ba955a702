"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { formatClockTime } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { useTRPC } from "~/trpc/react";
import { REFLECTION_TEXT_MAX } from "../schemas";
import { ReflectionTextarea } from "./reflection-textarea";

/** The client pieces it together: a synthesis and the decision it leads to. */
export function SynthesisForm({
  practiceSlug,
  projectId,
  initial,
  zone,
  reader,
}: {
  practiceSlug: string;
  projectId: string;
  initial: { synthesis: string; decision: string };
  /** The page's clock, so "Saved 14:05" reads as the page's "Last saved" does. */
  zone: string;
  reader: ViewerLocale;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const save = useMutation(
    trpc.reflections.saveSynthesis.mutationOptions({
      onSuccess: (project) => {
        setSavedAt(project.synthesisAt);
        router.refresh();
      },
    }),
  );
  const { fields, message } = errorDetails(save.error);
  return (
    <form
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        setSavedAt(null);
        save.mutate({ practiceSlug, projectId, ...draft });
      }}
    >
      <ReflectionTextarea
        label="Synthesis"
        hint="Lay the tracks side by side. What keeps coming up? Where did you feel calm and clear?"
        rows={7}
        value={draft.synthesis}
        max={REFLECTION_TEXT_MAX}
        error={fields.synthesis}
        onChange={(synthesis) => setDraft({ ...draft, synthesis })}
      />
      <ReflectionTextarea
        label="Decision"
        hint="The resonant choice, in a sentence or two — or what you still need to find out."
        rows={3}
        value={draft.decision}
        max={REFLECTION_TEXT_MAX}
        error={fields.decision}
        onChange={(decision) => setDraft({ ...draft, decision })}
      />
      {save.error && !Object.keys(fields).length && <Alert tone="danger">{message}</Alert>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={save.isPending}>
          Save synthesis
        </Button>
        <p role="status" className="text-muted text-xs">
          {savedAt && `Saved ${formatClockTime(new Date(savedAt), zone, reader)}`}
        </p>
      </div>
    </form>
  );
}
