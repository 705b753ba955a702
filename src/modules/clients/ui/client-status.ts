import type { ClientStatus } from "~/server/db/generated/enums";

// How a client's and a session's status read on the staff pages, in one place.

export const CLIENT_STATUS: Record<ClientStatus, { label: string; tone: "warning" | "brand" | "success" | "neutral" }> =
  {
    LEAD: { label: "Lead", tone: "warning" },
    ACTIVE: { label: "Active", tone: "brand" },
    COMPLETED: { label: "Completed", tone: "success" },
    ARCHIVED: { label: "Archived", tone: "neutral" },
  };

export const SESSION_STATUS = {
  CONFIRMED: "Confirmed",
  CANCELLED: "Cancelled",
  COMPLETED: "Completed",
  NO_SHOW: "No-show",
} as const;
