import addressparser from "nodemailer/lib/addressparser/index.js";

// Who an email says it is from. The address is always EMAIL_FROM's (the domain that passes SPF
// and DKIM); only the display name changes, to the person or practice the recipient knows.
// Names come from users, so they are cleaned here before they reach a header; nodemailer's
// address object then quotes and encodes what is left.

const MAX_DISPLAY_NAME = 100;
// Control characters (CR and LF among them), the characters that end or open a quoted name or an address, and the
// bidirectional overrides that can make a name read backwards.
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const UNSAFE_IN_DISPLAY_NAME = /[\u0000-\u001f\u007f"<>\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A display name safe to put in a From header: one line, no quotes, no angle brackets, at most 100 characters. */
export function cleanDisplayName(name: string): string {
  return name.replace(UNSAFE_IN_DISPLAY_NAME, " ").replace(/\s+/g, " ").trim().slice(0, MAX_DISPLAY_NAME).trim();
}

/** "Maya Chen via Northstar Career Studio": what a client receives because of their coach's work. */
export function fromCoach(coachName: string, practiceName: string): string {
  const [coach, practice] = [cleanDisplayName(coachName), cleanDisplayName(practiceName)];
  if (!coach || coach === practice) return practice;
  return practice ? cleanDisplayName(`${coach} via ${practice}`) : coach;
}

/** What a practice sends as itself: invitations, billing notices, digests, anything to its own staff. */
export const fromPractice = (practiceName: string) => cleanDisplayName(practiceName);

/**
 * The From header: EMAIL_FROM's address under `displayName` when one is given, else EMAIL_FROM as configured
 * ("Fieldnotes <no-reply@…>", which is what sign-in links come from).
 */
export function fromHeader(configured: string, displayName?: string): { name: string; address: string } {
  const [parsed] = addressparser(configured, { flatten: true });
  const address = parsed?.address || configured.trim();
  const name = displayName ? cleanDisplayName(displayName) : "";
  return { name: name || cleanDisplayName(parsed?.name ?? ""), address };
}
