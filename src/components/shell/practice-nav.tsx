"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/lib/cn";

export function PracticeNav({ items }: { items: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  const matches = (href: string) =>
    href === pathname || (href.split("/").length > 3 && pathname.startsWith(`${href}/`));
  // The most specific match wins: /settings/billing is Billing, not Settings as well.
  const current = items.filter((item) => matches(item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label="Practice" className="-mb-px flex gap-1 overflow-x-auto">
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
