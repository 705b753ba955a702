import type { CalendarConnectionKind } from "~/server/db/client";

// Each kind of connection as the page names and draws it, on one 20-unit grid with one stroke.

const iconProps = {
  viewBox: "0 0 20 20",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.75,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  "aria-hidden": true,
  className: "size-5",
} as const;

function LinkIcon() {
  return (
    <svg {...iconProps}>
      <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.8.8M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.8-.8" />
    </svg>
  );
}

function ServerIcon() {
  return (
    <svg {...iconProps}>
      <rect x="3" y="3.5" width="14" height="5" rx="1.5" />
      <rect x="3" y="11.5" width="14" height="5" rx="1.5" />
      <path d="M6 6h.01M6 14h.01" />
    </svg>
  );
}

function CalendarIcon() {
  return (
    <svg {...iconProps}>
      <rect x="3" y="4" width="14" height="13" rx="2" />
      <path d="M3 8h14M7 2.5v3M13 2.5v3" />
    </svg>
  );
}

export const CONNECTION_KINDS: Record<CalendarConnectionKind, { label: string; Icon: () => React.ReactElement }> = {
  ICS_FEED: { label: "Subscription link", Icon: LinkIcon },
  CALDAV: { label: "CalDAV account", Icon: ServerIcon },
  GOOGLE: { label: "Google Calendar", Icon: CalendarIcon },
};
