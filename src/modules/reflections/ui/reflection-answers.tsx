import { REFLECTION_PROMPTS } from "../domain/project-export";
import { resonanceLabel } from "../domain/resonance";
import type { ReflectionAnswers } from "../schemas";

/** The answers of a stored reflection (or empty ones before the first save). */
export function answersOf(reflection: ReflectionAnswers | null): ReflectionAnswers {
  return {
    learned: reflection?.learned ?? "",
    feelingBody: reflection?.feelingBody ?? "",
    feelingThoughts: reflection?.feelingThoughts ?? "",
    feelingFirst: reflection?.feelingFirst ?? "",
    resonance: reflection?.resonance ?? null,
    surprises: reflection?.surprises ?? "",
    recommendedPeople: reflection?.recommendedPeople ?? "",
    nextStep: reflection?.nextStep ?? "",
  };
}

/**
 * A reflection read-only. Text is rendered as React text with whitespace kept (never as HTML),
 * so whatever was typed — line breaks, `<script>` — shows exactly as typed and does nothing.
 */
export function ReflectionAnswersView({ answers }: { answers: ReflectionAnswers }) {
  const label = resonanceLabel(answers.resonance);
  return (
    <dl className="space-y-5">
      <div>
        <dt className="text-muted text-xs font-medium tracking-wide uppercase">Resonance</dt>
        <dd className="mt-1 text-sm">
          {label ? (
            <>
              <span className="font-semibold">{answers.resonance} of 5</span> — {label}
            </>
          ) : (
            <span className="text-muted">Not rated</span>
          )}
        </dd>
      </div>
      {REFLECTION_PROMPTS.map(([field, prompt]) => (
        <div key={field}>
          <dt className="text-muted text-xs font-medium tracking-wide uppercase">{prompt}</dt>
          <dd className="mt-1 text-sm leading-relaxed break-words whitespace-pre-wrap">
            {answers[field] || <span className="text-muted">—</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
