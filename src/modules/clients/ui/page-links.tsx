import Link from "next/link";

/** "← Previous · Page 2 of 5 · Next →" for a list paged through its URL. Renders nothing for one page. */
export function PageLinks({
  label,
  page,
  pageCount,
  hrefFor,
}: {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="text-brand-700 font-medium">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className="text-brand-700 font-medium">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
