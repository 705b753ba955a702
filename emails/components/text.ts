// Helpers for the words that go into emails. Names and titles come from users, and a line
// break must never reach a mail header (a subject) nor break a sentence.

/** Collapses every run of whitespace, line breaks included, into one space. */
export const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

/** "1 follow-up", "3 follow-ups". */
export const countOf = (count: number, singular: string, plural = `${singular}s`) =>
  `${count} ${count === 1 ? singular : plural}`;

/** A short quotation of a longer text, cut at a word boundary. */
export function excerptOf(value: string, maxLength = 280): string {
  const text = oneLine(value);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
