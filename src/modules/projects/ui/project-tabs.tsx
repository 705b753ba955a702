"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "~/lib/cn";

/** The project's sub-navigation; the workspace tab is current only on the project's own page. */
export function ProjectTabs({ base, items }: { base: string; items: Array<{ href: string; label: string }> }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === base ? pathname === base : pathname.startsWith(href));
  return (
    <nav aria-label="Project" className="border-line -mb-px flex gap-1 overflow-x-auto border-b">
      {items.map((item) => {
        const current = isCurrent(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={cn(
              "border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap",
              current ? "border-brand-700 text-ink" : "text-muted hover:text-ink border-transparent",
            )}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
