"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { Alert, Badge } from "~/components/ui/surface";
import { formatClockTime } from "~/lib/time-zones";
import { errorDetails } from "~/lib/trpc-errors";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { useTRPC } from "~/trpc/react";
import type { ReflectionAnswers } from "../schemas";
import { REFLECTION_TEXT_MAX } from "../schemas";
import { ResonanceRadioGroup } from "./resonance-radio-group";
import { ReflectionTextarea } from "./reflection-textarea";

// The client's gut-check, saved as they type. Every change is written to this browser's storage
// at once and sent to the server a moment after typing stops; the browser copy is dropped only
// when the server has exactly that text. On load, a browser copy newer than the server's is
// restored (a save that failed, a tab closed mid-save), so nothing typed is lost.

const AUTOSAVE_DELAY_MS = 1000;
const storageKey = (interviewId: string) => `fieldnotes.reflection.${interviewId}`;

interface LocalCopy {
  answers: ReflectionAnswers;
  editedAt: string;
  /** The server save these edits build on; if the server still has it, the copy is newer whatever the clocks say. */
  baseSavedAt: string | null;
}

function readLocalCopy(interviewId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(storageKey(interviewId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

function writeLocalCopy(interviewId: string, answers: ReflectionAnswers, baseSavedAt: string | null) {
  try {
    const copy: LocalCopy = { answers, editedAt: new Date().toISOString(), baseSavedAt };
    window.localStorage.setItem(storageKey(interviewId), JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server save still runs.
  }
}

const sameAnswers = (a: ReflectionAnswers, b: ReflectionAnswers) => JSON.stringify(a) === JSON.stringify(b);

type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "clean" }
  | { kind: "saved"; at: Date }
  | { kind: "failed"; message: string };

const PROMPTS: Array<{ field: Exclude<keyof ReflectionAnswers, "resonance">; label: string; hint: string }> = [
  {
    field: "learned",
    label: "What I learned",
    hint: "About the work, the field, the person — anything that stayed with you.",
  },
  { field: "feelingBody", label: "How I feel right now — in my body", hint: "Tight, light, tired, buzzing?" },
  { field: "feelingThoughts", label: "How I feel right now — my thoughts", hint: "What is your mind saying?" },
  { field: "feelingFirst", label: "How I feel right now — first feelings", hint: "Before you explain them away." },
];
const LATER_PROMPTS: typeof PROMPTS = [
  { field: "surprises", label: "Surprises", hint: "What did you not expect?" },
  {
    field: "recommendedPeople",
    label: "People they recommended",
    hint: "Who they suggested you talk to next. Add them as contacts below.",
  },
  { field: "nextStep", label: "Next step", hint: "One small thing you will do next." },
];

export function ReflectionEditor({
  practiceSlug,
  interviewId,
  contactName,
  initial,
  serverUpdatedAt,
  isPrivate,
  zone,
  reader,
}: {
  practiceSlug: string;
  interviewId: string;
  contactName: string;
  initial: ReflectionAnswers;
  serverUpdatedAt: Date | null;
  isPrivate: boolean;
  /** The page's clock, for "Saved 14:05". */
  zone: string;
  reader: ViewerLocale;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [answers, setAnswers] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [restored, setRestored] = useState(false);
  const latest = useRef(initial);
  const lastSaved = useRef(initial);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serverSavedAt = useRef(serverUpdatedAt ? new Date(serverUpdatedAt).toISOString() : null);

  const saveDraft = useMutation(trpc.reflections.saveDraft.mutationOptions());
  const finish = useMutation(
    trpc.reflections.finish.mutationOptions({
      onSuccess: () => {
        lastSaved.current = latest.current;
        window.localStorage.removeItem(storageKey(interviewId));
        router.refresh();
      },
    }),
  );

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    if (inFlight.current) return;
    if (sameAnswers(latest.current, lastSaved.current)) {
      // Typed back to what the server already has: nothing to send.
      setSaveState((state) => (state.kind === "pending" ? { kind: "clean" } : state));
      return;
    }
    inFlight.current = true;
    const sending = latest.current;
    setSaveState({ kind: "pending" });
    try {
      const saved = await saveDraft.mutateAsync({ practiceSlug, interviewId, answers: sending });
      lastSaved.current = sending;
      serverSavedAt.current = new Date(saved.savedAt).toISOString();
      if (sameAnswers(latest.current, sending)) window.localStorage.removeItem(storageKey(interviewId));
      setSaveState({ kind: "saved", at: new Date(saved.savedAt) });
    } catch (error) {
      setSaveState({ kind: "failed", message: errorDetails(error).message ?? "Could not save." });
      return;
    } finally {
      inFlight.current = false;
    }
    // Typing went on while that save was out: send the newer text too.
    if (!sameAnswers(latest.current, lastSaved.current)) timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  }, [interviewId, practiceSlug, saveDraft]);

  const change = (patch: Partial<ReflectionAnswers>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setAnswers(next);
    writeLocalCopy(interviewId, next, serverSavedAt.current);
    setSaveState((state) => (state.kind === "failed" ? state : { kind: "pending" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  };

  // Restore a browser copy the server never received.
  useEffect(() => {
    const local = readLocalCopy(interviewId);
    if (!local) return;
    const newer =
      local.baseSavedAt === serverSavedAt.current ||
      !serverSavedAt.current ||
      new Date(local.editedAt) > new Date(serverSavedAt.current);
    if (newer && !sameAnswers(local.answers, initial)) {
      const restoredAnswers = { ...initial, ...local.answers };
      latest.current = restoredAnswers;
      setAnswers(restoredAnswers);
      setRestored(true);
      void flush();
    } else {
      window.localStorage.removeItem(storageKey(interviewId));
    }
    // Only on first load: later changes go through `change`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Warn before leaving with text the server does not have yet.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!sameAnswers(latest.current, lastSaved.current)) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const fields = errorDetails(saveDraft.error ?? finish.error).fields;
  const fieldError = (field: keyof ReflectionAnswers) => fields[`answers.${field}`];
  const textarea = (prompt: (typeof PROMPTS)[number]) => (
    <ReflectionTextarea
      key={prompt.field}
      label={prompt.label}
      hint={prompt.hint}
      value={answers[prompt.field]}
      max={REFLECTION_TEXT_MAX}
      error={fieldError(prompt.field)}
      onChange={(value) => change({ [prompt.field]: value })}
    />
  );
  const submit = (visibility: "SHARED" | "PRIVATE") => {
    if (timer.current) clearTimeout(timer.current);
    finish.mutate({ practiceSlug, interviewId, answers: latest.current, visibility });
  };

  return (
    <form
      className="space-y-6"
      onSubmit={(event) => event.preventDefault()}
      aria-label={`Reflection on ${contactName}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        {isPrivate ? (
          <Badge tone="neutral">Private — only you can see this</Badge>
        ) : (
          <Badge tone="warning">Draft</Badge>
        )}
        <SaveIndicator
          state={saveState}
          savedAt={(at) => formatClockTime(at, zone, reader)}
          onRetry={() => void flush()}
        />
      </div>
      {restored && (
        <Alert tone="brand" title="Restored from this browser">
          Some of what you typed had not reached the server yet. It is back, and saving now.
        </Alert>
      )}
      {PROMPTS.map(textarea)}
      <ResonanceRadioGroup
        value={answers.resonance}
        error={fieldError("resonance")}
        onChange={(resonance) => change({ resonance })}
      />
      {LATER_PROMPTS.map(textarea)}
      {finish.error && !Object.keys(fields).length && <Alert tone="danger">{errorDetails(finish.error).message}</Alert>}
      <div className="border-line flex flex-col gap-3 border-t pt-5 sm:flex-row sm:items-center">
        <Button
          type="button"
          pending={finish.isPending && finish.variables?.visibility === "SHARED"}
          onClick={() => submit("SHARED")}
        >
          Share with your coach
        </Button>
        {!isPrivate && (
          <Button
            type="button"
            variant="secondary"
            pending={finish.isPending && finish.variables?.visibility === "PRIVATE"}
            onClick={() => submit("PRIVATE")}
          >
            Keep it private
          </Button>
        )}
      </div>
      <p className="text-muted text-xs">
        Sharing emails your coach and freezes the text so you can talk about it. A private reflection is never shown to
        anyone at the practice; you can still share it later.
      </p>
    </form>
  );
}

function SaveIndicator({
  state,
  savedAt,
  onRetry,
}: {
  state: SaveState;
  savedAt: (at: Date) => string;
  onRetry: () => void;
}) {
  return (
    <p className="text-muted flex items-center gap-2 text-xs" role="status" aria-live="polite">
      {state.kind === "pending" && "Saving…"}
      {state.kind === "saved" && `Saved ${savedAt(state.at)}`}
      {state.kind === "idle" && "Saves as you type"}
      {state.kind === "clean" && "All changes saved"}
      {state.kind === "failed" && (
        <>
          <span className="font-medium text-red-600">
            Not saved: {state.message} Your text is kept in this browser.
          </span>
          <Button type="button" size="sm" variant="ghost" onClick={onRetry}>
            Try again
          </Button>
        </>
      )}
    </p>
  );
}
