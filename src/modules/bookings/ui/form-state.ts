// What the public booking forms' Server Actions hand back to the page: the typed values,
// so nothing is lost, and messages keyed by field (`start`, `email`, `phone`, `answers.<id>`…).

export interface IntakeValues {
  name: string;
  email: string;
  phone: string;
  /** By question id, as the form names its fields (`answers.<id>`). */
  answers: Record<string, string>;
  start: string;
}

/** The form field of a question's answer; the same key the field errors use. */
export const answerField = (questionId: string) => `answers.${questionId}`;

export interface IntakeFormState {
  values: IntakeValues;
  /** A problem that belongs to no single field. */
  error?: string;
  fieldErrors?: Record<string, string>;
}

export interface SimpleFormState {
  error?: string;
  /** The slot the error is about, so it is not shown against a different one picked later. */
  start?: string;
  reason?: string;
}

export const SLOT_TAKEN = "That time was just taken. Pick another time — everything you typed is kept.";
