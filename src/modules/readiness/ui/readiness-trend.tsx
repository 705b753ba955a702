import { cn } from "~/lib/cn";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { IngredientTrend } from "../domain/readiness";
import { SCALE_STEPS, trendPoints, yOf } from "./trend-geometry";

type DateFormat = (at: Date) => string;

function changeWords(change: number | null) {
  if (change === null) return null;
  if (change === 0) return "no change";
  return change > 0 ? `up ${change}` : `down ${-change}`;
}

/** Five steps with the answer's filled in: one check-in has no line to draw, only a level. */
function Level({ value }: { value: number }) {
  return (
    <span className="flex gap-1" aria-hidden="true">
      {[...SCALE_STEPS].reverse().map((step) => (
        <span key={step} className={cn("h-2.5 w-6 rounded-full", step <= value ? "bg-brand-600" : "bg-slate-200")} />
      ))}
    </span>
  );
}

function SingleCheckIn({ trend, date }: { trend: IngredientTrend[]; date: DateFormat }) {
  const at = trend[0]!.points[0]!.at;
  return (
    <div className="space-y-2">
      <p className="text-muted text-xs">
        One check-in so far, on <time dateTime={at.toISOString()}>{date(at)}</time>. A trend appears after the next one.
      </p>
      <ul className="divide-line divide-y">
        {trend.map((ingredient) => (
          <li key={ingredient.key} className="flex items-center justify-between gap-3 py-2 text-sm">
            <span className="w-24 font-medium">{ingredient.label}</span>
            <Level value={ingredient.latest!} />
            <span className="w-14 text-right tabular-nums">
              <span className="font-semibold">{ingredient.latest}</span> <span className="text-muted">of 5</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One ingredient's answers as a line over the 1–5 scale, the latest one marked. Decorative: the table says it all. */
function Line({ ingredient }: { ingredient: IngredientTrend }) {
  const points = trendPoints(ingredient.points.map((point) => point.value));
  const latest = points.at(-1)!;
  return (
    <div className="relative h-12" aria-hidden="true">
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 size-full overflow-visible">
        {SCALE_STEPS.map((step) => (
          <line
            key={step}
            x1="0"
            x2="100"
            y1={yOf(step)}
            y2={yOf(step)}
            className={step === 1 || step === 5 ? "stroke-slate-300" : "stroke-slate-100"}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        <polyline
          points={points.map((point) => `${point.x},${point.y}`).join(" ")}
          fill="none"
          className="stroke-brand-600"
          strokeWidth="2"
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      {points.map((point, index) => (
        <span
          key={index}
          className={cn(
            "absolute -translate-x-1/2 -translate-y-1/2 rounded-full",
            point === latest ? "bg-brand-700 size-3 ring-2 ring-white" : "bg-brand-600 size-2",
          )}
          style={{ left: `${point.x}%`, top: `${point.y}%` }}
        />
      ))}
    </div>
  );
}

function AnswersTable({ trend, date }: { trend: IngredientTrend[]; date: DateFormat }) {
  const checkIns = trend[0]!.points.map((point) => point.at);
  return (
    <details className="text-sm">
      <summary className="text-brand-700 cursor-pointer font-medium">Show the answers as a table</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left tabular-nums">
          <caption className="sr-only">Readiness answers from 1 to 5, one row per check-in, oldest first</caption>
          <thead className="text-muted text-xs">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                Check-in
              </th>
              {trend.map((ingredient) => (
                <th key={ingredient.key} scope="col" className="px-2 py-1 font-medium">
                  {ingredient.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-line divide-y">
            {checkIns.map((at, row) => (
              <tr key={at.toISOString()}>
                <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
                  {date(at)}
                </th>
                {trend.map((ingredient) => (
                  <td key={ingredient.key} className="px-2 py-1">
                    {ingredient.points[row]?.value ?? "—"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Trend({ trend, date }: { trend: IngredientTrend[]; date: DateFormat }) {
  const first = trend[0]!.points[0]!.at;
  const last = trend[0]!.points.at(-1)!.at;
  return (
    <div className="space-y-3">
      <p className="text-muted text-xs">
        {trend[0]!.points.length} check-ins from {date(first)} to {date(last)}; each line runs from 1 (low) to 5 (high).
      </p>
      <ul className="divide-line divide-y">
        {trend.map((ingredient) => {
          const change = changeWords(ingredient.change);
          return (
            <li
              key={ingredient.key}
              className="grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-1 py-2 text-sm sm:grid-cols-[6rem_minmax(0,1fr)_7rem]"
            >
              <span className="font-medium">{ingredient.label}</span>
              <div className="col-span-2 row-start-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 sm:col-span-1 sm:row-start-auto">
                <span className="text-muted flex h-12 flex-col justify-between py-0.5 text-xs leading-none">
                  <span>5</span>
                  <span>1</span>
                </span>
                <Line ingredient={ingredient} />
                <span className="text-muted col-start-2 flex justify-between text-xs">
                  <span>{date(first)}</span>
                  <span>{date(last)}</span>
                </span>
              </div>
              <span className="text-right sm:col-start-3 sm:row-start-1">
                <span className="text-muted text-xs">Now </span>
                <span className="text-base font-semibold tabular-nums">{ingredient.latest}</span>
                <span className="text-muted text-xs"> of 5</span>
                {change && <span className="text-muted block text-xs">{change} overall</span>}
              </span>
            </li>
          );
        })}
      </ul>
      <AnswersTable trend={trend} date={date} />
    </div>
  );
}

/**
 * The readiness answers across check-ins, per ingredient: with one check-in, where each stands;
 * with more, a line per ingredient with its axis, the latest answer called out, and the answers
 * as a table for anyone who cannot or would rather not read the drawing.
 */
export function ReadinessTrend({
  trend,
  zone,
  reader,
}: {
  trend: IngredientTrend[];
  zone: string;
  reader: ViewerLocale;
}) {
  const format = new Intl.DateTimeFormat(reader.locale, { day: "numeric", month: "short", timeZone: zone });
  const date = (at: Date) => format.format(at);
  const answered = trend[0]?.points.length ?? 0;
  if (answered === 0) return null;
  return answered === 1 ? <SingleCheckIn trend={trend} date={date} /> : <Trend trend={trend} date={date} />;
}
