"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/lib/cn";

/**
 * A row of tab links (the practice's navigation, a project's sub-navigation). A tab is current on
 * its own page and, below the practice's root, on the pages under it; the most specific match
 * wins, so /settings/billing is Billing, not Settings as well.
 */
export function TabNav({
  label,
  items,
  className,
}: {
  label: string;
  items: Array<{ href: string; label: string }>;
  className?: string;
}) {
  const pathname = usePathname();
  const matches = (href: string) =>
    href === pathname || (href.split("/").length > 3 && pathname.startsWith(`${href}/`));
  const current = items.filter((item) => matches(item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label} className={cn("-mb-px flex gap-1 overflow-x-auto", className)}>
      {items.map((item) => {
        const active = item.href === current;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "border-b-2 px-3 py-3 text-sm font-medium whitespace-nowrap",
              active ? "border-brand-700 text-ink" : "text-muted hover:text-ink border-transparent",
            )}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
