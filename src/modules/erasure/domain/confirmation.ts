// Destructive requests are confirmed by typing what they destroy (an email address, a practice's address), so a
// slip of the mouse cannot erase anything.

const normalized = (text: string) => text.trim().toLowerCase();

export const confirms = (typed: string, expected: string) =>
  normalized(expected).length > 0 && normalized(typed) === normalized(expected);
