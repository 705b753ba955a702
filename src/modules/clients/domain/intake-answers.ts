// A booking's intake answers, as stored (Booking.answers): the questions as they were asked,
// each with its answer. Read defensively: the column is JSON, and a row written by an older
// version or by hand must show what it can rather than break the page.

export interface IntakeAnswer {
  question: string;
  answer: string;
}

const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

export function intakeAnswersOf(stored: unknown): IntakeAnswer[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) => {
    const { question, answer } = (entry ?? {}) as { question?: unknown; answer?: unknown };
    return isText(question) && isText(answer) ? [{ question, answer }] : [];
  });
}
