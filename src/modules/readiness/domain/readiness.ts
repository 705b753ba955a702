// The readiness check-in: five ingredients a client rates 1–5 at the start of a project (and
// whenever the coach asks again), the fears that hold them back, and the trend across check-ins.

export const INGREDIENTS = [
  {
    key: "hope",
    label: "Hope",
    question: "How hopeful do you feel about finding work you want?",
    low: "Little",
    high: "Plenty",
  },
  {
    key: "time",
    label: "Time",
    question: "How much time can you give this each week?",
    low: "Hardly any",
    high: "Plenty",
  },
  {
    key: "energy",
    label: "Energy",
    question: "How much energy do you have for it right now?",
    low: "Drained",
    high: "Full",
  },
  {
    key: "selfEsteem",
    label: "Self-esteem",
    question: "How do you feel about yourself today?",
    low: "Low",
    high: "Strong",
  },
  {
    key: "ambition",
    label: "Ambition",
    question: "How much do you want to change things?",
    low: "Not much",
    high: "A lot",
  },
] as const;

export type IngredientKey = (typeof INGREDIENTS)[number]["key"];
export const INGREDIENT_KEYS = INGREDIENTS.map((ingredient) => ingredient.key) as [IngredientKey, ...IngredientKey[]];

/** The "fear monger": thoughts that stop people reaching out, offered as suggestions to add. */
export const FEAR_SUGGESTIONS = [
  "Who am I to take their time?",
  "They'll think I'm stupid",
  "What if they say no?",
  "I don't know what to ask",
  "It's too late for me to change",
] as const;

/** What the method does not need, said gently beside the fears. */
export const NOT_NEEDED = ["a resume", "powerful connections", "a degree", "a clear goal"] as const;

export const READINESS_LIMITS = { fears: 10, fearLength: 200, noteLength: 2_000 } as const;

export type Ratings = Record<IngredientKey, number>;

interface AnsweredCheckIn extends Ratings {
  completedAt: Date;
}

export interface IngredientTrend {
  key: IngredientKey;
  label: string;
  /** Oldest first, one point per answered check-in. */
  points: Array<{ at: Date; value: number }>;
  latest: number | null;
  /** Latest minus the first answer; null with fewer than two answers. */
  change: number | null;
}

/** Per ingredient, the answers over time (oldest first) and how far they moved. */
export function readinessTrend(checkIns: readonly AnsweredCheckIn[]): IngredientTrend[] {
  const ordered = [...checkIns].sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime());
  return INGREDIENTS.map(({ key, label }) => {
    const points = ordered.map((checkIn) => ({ at: checkIn.completedAt, value: checkIn[key] }));
    const first = points[0]?.value;
    const latest = points.at(-1)?.value ?? null;
    return {
      key,
      label,
      points,
      latest,
      change: points.length >= 2 && first !== undefined && latest !== null ? latest - first : null,
    };
  });
}

/** Fears as stored (a JSON array): trimmed, non-empty strings only, whatever an old row holds. */
export function fearsOf(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((fear): fear is string => typeof fear === "string" && fear.trim() !== "").map((f) => f.trim());
}

/** SVG polyline points for a 1–5 series in a width × height box (5 at the top). */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 4): string {
  if (values.length === 0) return "";
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (value: number) => pad + ((5 - value) / 4) * (height - 2 * pad);
  return values
    .map((value, index) => `${(values.length > 1 ? pad + index * step : width / 2).toFixed(1)},${y(value).toFixed(1)}`)
    .join(" ");
}
