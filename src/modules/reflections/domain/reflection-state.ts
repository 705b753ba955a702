// A reflection is a draft, then either shared with the coach or kept private. Once shared the
// coach may be reading it, so it is frozen; a private one stays the client's to edit or share.

interface ReflectionState {
  status: "DRAFT" | "SUBMITTED" | "REVIEWED";
  isPrivate: boolean;
}

export const isShared = (reflection: ReflectionState) => reflection.status !== "DRAFT" && !reflection.isPrivate;

export const canEditReflection = (reflection: ReflectionState | null) => !reflection || !isShared(reflection);

/** A short excerpt for an email: the first words of the first answer that has any, on one line. */
export function excerptOf(texts: string[], max = 240): string {
  const text = (texts.find((t) => t.trim()) ?? "").replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
