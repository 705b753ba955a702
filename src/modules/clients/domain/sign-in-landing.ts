import type { Role } from "~/server/auth/roles";

// Where signing in takes someone. A client of one practice goes straight to their work (the one
// project, or the list of several); everyone else to their practice, or to the chooser when
// they belong to several. The emailed sign-in links and the sign-in page land by the same rule.

const practiceHome = (slug: string) => `/p/${slug}`;

/** The page to open after sign-in, or null for the list of practices. */
export function landingAfterSignIn(
  memberships: ReadonlyArray<{ slug: string; role: Role }>,
  activeProjectIds: readonly string[],
): string | null {
  if (memberships.length !== 1) return null;
  const { slug, role } = memberships[0]!;
  if (role !== "CLIENT" || activeProjectIds.length === 0) return practiceHome(slug);
  if (activeProjectIds.length === 1) return `${practiceHome(slug)}/projects/${activeProjectIds[0]}`;
  return `${practiceHome(slug)}/projects`;
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
