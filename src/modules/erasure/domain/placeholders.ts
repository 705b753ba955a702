// What an erased person's rows hold instead of what they wrote. Rows stay (the practice's counts, its sessions and
// its projects' progress are computed from them); only the words, names and addresses go. Every placeholder
// is the same for everyone, so nothing in it can lead back to the person.

/** The domain reserved for addresses that can never receive mail (RFC 2606). */
export const ERASED_DOMAIN = "erased.invalid";

/** An address for a row whose email must stay unique (a user, a client within its practice). */
export const erasedAddressOf = (rowId: string) => `erased-${rowId}@${ERASED_DOMAIN}`;

/** The address on rows where it need not be unique (a booking, an invitation). */
export const ERASED_ADDRESS = `erased@${ERASED_DOMAIN}`;

export const isErasedAddress = (email: string) => email.toLowerCase().endsWith(`@${ERASED_DOMAIN}`);

export const ERASED_PERSON_NAME = "Erased person";

export const erasedClient = (clientId: string) => ({
  name: ERASED_PERSON_NAME,
  email: erasedAddressOf(clientId),
  timeZone: null,
});

export const erasedUser = (userId: string) => ({
  name: null,
  email: erasedAddressOf(userId),
  emailVerified: null,
  image: null,
  timeZone: null,
});

export const ERASED_BOOKING = {
  bookerName: ERASED_PERSON_NAME,
  bookerEmail: ERASED_ADDRESS,
  bookerPhone: null,
  bookerLocale: null,
  answers: [],
  cancelReason: null,
} as const;

/** A booking whose place was the booker's own phone number loses the number too. */
export const ERASED_BOOKER_PHONE_PLACE = { locationDetail: null } as const;

export const ERASED_PROJECT = { title: "Erased project", northStar: null, synthesis: null, decision: null } as const;

export const ERASED_CONTACT = {
  name: "Erased contact",
  role: null,
  organisation: null,
  howFound: null,
  link: null,
} as const;

export const ERASED_OUTREACH = { subject: null, message: "" } as const;

export const ERASED_INTERVIEW = { notes: null, chosenQuestions: [] } as const;

export const ERASED_REFLECTION = {
  learned: "",
  feelingBody: "",
  feelingThoughts: "",
  feelingFirst: "",
  surprises: "",
  recommendedPeople: "",
  nextStep: "",
} as const;

export const ERASED_TEXT = "" as const;

/** Scores stay (they count towards nothing personal once nobody can be named); the words and fears go. */
export const ERASED_CHECK_IN = { note: null, fears: [] } as const;

export const ERASED_COACH_PROFILE = (profileId: string) => ({
  displayName: "Former coach",
  headline: null,
  slug: `former-${profileId}`,
  bookingEnabled: false,
  sessionFeedTokenHash: null,
  sessionFeedTokenSealed: null,
});

/** What an email row keeps once it named an erased person: its template, status and times, never its words. */
export const ERASED_EMAIL_DATA = { props: {}, erased: true } as const;

// A name this short ("Al") appears inside unrelated words, so email rows are matched on it only from this length.
const MIN_MATCHED_NAME_LENGTH = 3;

/** What identifies a person in free text: their addresses and, when long enough to be telling, their names. */
export function identifiersOf(person: { emails: readonly string[]; names: readonly (string | null)[] }) {
  const clean = (values: readonly (string | null)[]) =>
    [...new Set(values.map((value) => value?.trim().toLowerCase() ?? ""))].filter(
      (value) => value.length >= MIN_MATCHED_NAME_LENGTH && !value.endsWith(`@${ERASED_DOMAIN}`),
    );
  return {
    emails: clean(person.emails),
    names: clean(person.names).filter((name) => name !== ERASED_PERSON_NAME.toLowerCase()),
  };
}

/** A LIKE pattern that finds `text` anywhere, its own `%`, `_` and `\` taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
