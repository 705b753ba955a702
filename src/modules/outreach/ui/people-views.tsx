"use client";

import { useState } from "react";
import { cn } from "~/lib/cn";
import { layoutCookie, type WorkspaceLayout } from "./workspace-layout";

const LAYOUTS: Array<{ value: WorkspaceLayout; label: string }> = [
  { value: "board", label: "Board" },
  { value: "list", label: "List" },
];

/** The Board / List switch above the people, and the layout it picks; the choice is kept in a cookie. */
export function PeopleViews({
  initial,
  board,
  list,
}: {
  initial: WorkspaceLayout;
  board: React.ReactNode;
  list: React.ReactNode;
}) {
  const [layout, setLayout] = useState(initial);
  const choose = (next: WorkspaceLayout) => {
    setLayout(next);
    document.cookie = layoutCookie(next);
  };
  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <div
          role="group"
          aria-label="Show people as"
          className="border-line inline-flex rounded-lg border bg-white p-0.5"
        >
          {LAYOUTS.map(({ value, label }) => (
            <button
              key={value}
              type="button"
              aria-pressed={layout === value}
              onClick={() => choose(value)}
              className={cn(
                "h-8 rounded-md px-3 text-sm font-medium",
                layout === value ? "bg-brand-700 text-white" : "text-ink hover:bg-slate-100",
              )}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
      {layout === "board" ? board : list}
    </div>
  );
}
