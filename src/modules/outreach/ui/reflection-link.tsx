import Link from "next/link";
import type { WorkspaceContact } from "../server/workspace.service";

type Interview = WorkspaceContact["interviews"][number];

/**
 * The next step after an interview, on the person's card. The client writes, continues or reads
 * their reflection; staff get a link only once it is shared (the workspace hands them no draft or
 * private one, and its page would be a 404 for them).
 */
export function ReflectionLink({
  practiceSlug,
  interview,
  isClient,
}: {
  practiceSlug: string;
  interview: Interview;
  isClient: boolean;
}) {
  const { reflection } = interview;
  if (!reflection && !isClient) return <span className="text-muted">No reflection shared yet.</span>;
  const label = !reflection
    ? "Write your reflection"
    : reflection.status === "DRAFT"
      ? "Continue your reflection"
      : "Read reflection";
  return (
    <Link
      href={`/p/${practiceSlug}/interviews/${interview.id}/reflection`}
      className="text-brand-700 font-medium hover:underline"
    >
      {label} →
    </Link>
  );
}
