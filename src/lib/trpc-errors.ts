/** Reads the field and form messages our tRPC error formatter attaches (see server/api/trpc.ts). */
export function errorDetails(error: unknown): { message?: string; fields: Record<string, string> } {
  if (!error) return { fields: {} };
  const data = (error as { data?: { fields?: Record<string, string> } }).data;
  const message = error instanceof Error ? error.message : "Something went wrong. Please try again.";
  return { message, fields: data?.fields ?? {} };
}
