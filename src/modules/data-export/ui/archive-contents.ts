// What each archive holds, in the words the pages use (the README inside the archive lists its files).

export const PERSON_ARCHIVE_CONTENTS = [
  "Your profile, the browsers signed in to your account and the practices you belong to",
  "Your sessions, whether you booked them as a visitor or as a client",
  "Your projects: tracks, contacts, outreach, interviews and readiness check-ins",
  "Every reflection you wrote, private ones and drafts included, with the comments on them",
  "Your email preferences and a log of the emails we sent you",
] as const;

export const PERSON_ARCHIVE_LEAVES_OUT =
  "Not included: your coaches' private notes, which Fieldnotes never shows to clients. They are the practice's records; ask the practice if you want them.";

export const PRACTICE_ARCHIVE_CONTENTS = [
  "The practice's settings, plan, members and invitations",
  "Coaches' booking pages, session types and the names of connected calendars (no credentials)",
  "Every client and lead, their sessions, projects, contacts, outreach, interviews and check-ins",
  "The reflections clients shared and the comments on them, and coach notes shared with the team or written by you",
  "Templates, email preferences, the email log and the audit log",
] as const;
