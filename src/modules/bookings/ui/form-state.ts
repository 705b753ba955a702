// What the public booking forms' Server Actions hand back to the page: the typed values,
// so nothing is lost, and messages keyed by field (`start`, `email`, `answers.whatPrompted`…).

export interface IntakeValues {
  name: string;
  email: string;
  fieldsOfInterest: string;
  whatPrompted: string;
  start: string;
}

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
