import { sparklinePoints, type IngredientTrend } from "../domain/readiness";

const WIDTH = 120;
const HEIGHT = 32;

function changeWords(change: number | null) {
  if (change === null || change === 0) return change === 0 ? "no change" : null;
  return change > 0 ? `up ${change}` : `down ${-change}`;
}

/**
 * Per ingredient, a small line of the answers across check-ins (5 at the top). The drawing is
 * decorative; the numbers beside it, and the sr-only sentence, carry the same information.
 */
export function ReadinessTrend({ trend, zone }: { trend: IngredientTrend[]; zone: string }) {
  const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: zone });
  return (
    <ul className="divide-line divide-y">
      {trend.map((ingredient) => {
        const values = ingredient.points.map((point) => point.value);
        const change = changeWords(ingredient.change);
        const history = ingredient.points.map((p) => `${p.value} on ${date.format(p.at)}`).join(", ");
        return (
          <li key={ingredient.key} className="grid grid-cols-[6rem_auto_1fr] items-center gap-3 py-2 text-sm">
            <span className="font-medium">{ingredient.label}</span>
            <svg
              width={WIDTH}
              height={HEIGHT}
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              aria-hidden="true"
              className="overflow-visible"
            >
              <line
                x1="0"
                x2={WIDTH}
                y1={HEIGHT / 2}
                y2={HEIGHT / 2}
                className="stroke-slate-200"
                strokeDasharray="2 3"
              />
              {values.length > 1 && (
                <polyline
                  points={sparklinePoints(values, WIDTH, HEIGHT)}
                  fill="none"
                  className="stroke-brand-600"
                  strokeWidth="2"
                  strokeLinejoin="round"
                  strokeLinecap="round"
                />
              )}
              {sparklinePoints(values, WIDTH, HEIGHT)
                .split(" ")
                .filter(Boolean)
                .map((point, index) => {
                  const [cx, cy] = point.split(",");
                  return <circle key={index} cx={cx} cy={cy} r="2.5" className="fill-brand-700" />;
                })}
            </svg>
            <span>
              <span className="tabular-nums">{values.join(" → ") || "—"}</span>
              {change && <span className="text-muted"> ({change})</span>}
              <span className="sr-only">
                {values.length ? `${ingredient.label} out of 5: ${history}.` : `${ingredient.label}: no answers yet.`}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
