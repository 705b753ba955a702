// The name a message greets someone by ("Hi Ada,"), from the one name field a contact has. We
// cannot know every naming convention, so this errs towards the whole name: "Hi Dr. Okafor" or
// "Hi van Gogh" reads oddly but politely; "Hi Dr." or "Hi van" would not. The client reads
// and edits every draft before sending it.

const TITLES = new Set(["dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir", "dame"]);

// A name that starts with one of these has no given name in front of the family name.
const PARTICLES = new Set(["van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "al", "el"]);

const isTitle = (word: string) => TITLES.has(word.toLowerCase().replace(/\.$/, ""));

/** The first name to greet `fullName` by; "" when there is no name at all. */
export function firstNameOf(fullName: string): string {
  const trimmed = fullName.trim().replace(/\s+/g, " ");
  // "Lovelace, Ada": the given name comes after the comma.
  const [family, given] = trimmed.split(/\s*,\s*/, 2);
  const name = given ? `${given} ${family}` : trimmed;
  const words = name.split(" ").filter(Boolean);
  const withoutTitles = words.filter((word, index) => !(index === 0 && isTitle(word)));
  const first = withoutTitles[0];
  if (!first || withoutTitles.length < 2 || PARTICLES.has(first)) return name;
  return first;
}
