import type { ExportSelect } from "../domain/export-rows";

/** One section of an archive as the repositories offer it: its rows counted cheaply, or read whole. */
export interface SectionSource {
  name: string;
  title: string;
  select: ExportSelect;
  count(): Promise<number>;
  read(): Promise<ReadonlyArray<Record<string, unknown>>>;
}

export const sectionSource = (
  name: string,
  title: string,
  select: ExportSelect,
  count: () => Promise<number>,
  read: () => Promise<ReadonlyArray<Record<string, unknown>>>,
): SectionSource => ({ name, title, select, count, read });

/** Each comment with `author: { name }` from the users who wrote them, for COMMENT_COLUMNS. */
export function withAuthors<Comment extends { authorUserId: string }>(
  comments: Comment[],
  authors: ReadonlyArray<{ id: string; name: string | null }>,
) {
  const names = new Map(authors.map((author) => [author.id, author.name]));
  return comments.map((comment) => ({ ...comment, author: { name: names.get(comment.authorUserId) ?? null } }));
}
