// Where signing in takes someone: a person of one practice to its home, which says what to do
// today for their role (a client's project, a coach's sessions and reviews); someone of several
// practices (or none) to the chooser. The emailed sign-in links and the sign-in page land by the
// same rule.

const practiceHome = (slug: string) => `/p/${slug}`;

/** The page to open after sign-in, or null for the list of practices. */
export function landingAfterSignIn(memberships: ReadonlyArray<{ slug: string }>): string | null {
  return memberships.length === 1 ? practiceHome(memberships[0]!.slug) : null;
}

/**
 * The page an emailed welcome link asked for, if it lies inside the practice that sent it; the
 * practice home otherwise. The path travels in the link, so a forged one must not lead elsewhere.
 */
export function welcomeLanding(requested: string | null | undefined, practiceSlug: string): string {
  const home = practiceHome(practiceSlug);
  if (!requested || /[\\\s]/.test(requested)) return home;
  return requested === home || requested.startsWith(`${home}/`) ? requested : home;
}
