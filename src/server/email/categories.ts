// Which emails a person may turn off. Essential ones (sign-in, invitations, booking changes,
// billing) always go: they are the product working, not news about it.

export const OPTIONAL_EMAIL_CATEGORIES = {
  "session-reminders": {
    label: "Session reminders",
    description: "A reminder the day before a booked session.",
  },
  "project-updates": {
    label: "Project updates",
    description: "New projects, reflections shared with your coach, and coach comments.",
  },
  "daily-outreach": {
    label: "Today's outreach",
    description: "A morning note when follow-ups are due or today's outreach goal is open.",
  },
  "weekly-digest": {
    label: "Weekly caseload digest",
    description: "For coaches: new reflections, stalled clients and the week's sessions.",
  },
} as const;

export type OptionalEmailCategory = keyof typeof OPTIONAL_EMAIL_CATEGORIES;
export type EmailCategory = "essential" | OptionalEmailCategory;

export const isOptionalCategory = (value: string): value is OptionalEmailCategory =>
  Object.hasOwn(OPTIONAL_EMAIL_CATEGORIES, value);
