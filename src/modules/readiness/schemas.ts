import { z } from "zod";
import { multiLineText, singleLineText } from "~/lib/input-text";
import { INGREDIENTS, READINESS_LIMITS, type IngredientKey } from "./domain/readiness";

const id = (what: string) =>
  singleLineText({ error: `Choose ${what}.` })
    .min(1, `Choose ${what}.`)
    .max(64);

const rating = (label: string) =>
  z
    .number({ error: `Rate ${label.toLowerCase()} from 1 to 5.` })
    .int(`Rate ${label.toLowerCase()} from 1 to 5.`)
    .min(1, `Rate ${label.toLowerCase()} from 1 to 5.`)
    .max(5, `Rate ${label.toLowerCase()} from 1 to 5.`);

const ratings = Object.fromEntries(INGREDIENTS.map(({ key, label }) => [key, rating(label)])) as Record<
  IngredientKey,
  ReturnType<typeof rating>
>;

const fearsSchema = z
  .array(
    singleLineText()
      .trim()
      .min(1, "A fear can't be empty; remove it instead.")
      .max(READINESS_LIMITS.fearLength, `Keep each fear under ${READINESS_LIMITS.fearLength} characters.`),
  )
  .max(READINESS_LIMITS.fears, `List at most ${READINESS_LIMITS.fears} fears; keep the ones that weigh most.`);

export const submitCheckInInput = z.object({
  checkInId: id("a check-in"),
  ...ratings,
  note: multiLineText()
    .trim()
    .max(
      READINESS_LIMITS.noteLength,
      `Keep the note under ${READINESS_LIMITS.noteLength.toLocaleString("en")} characters.`,
    )
    .default(""),
  fears: fearsSchema.default([]),
});

export const projectIdInput = z.object({ projectId: id("a project") });
