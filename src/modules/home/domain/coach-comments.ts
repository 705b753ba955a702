// What the coach has said lately on the client's reflections. Nothing records what a client has
// read, so the home does not pretend to know what is new: it shows the coach's comments of the
// last RECENT_DAYS, newest first, and marks the ones the client has since answered on the same
// reflection (any comment of theirs there after it).

export interface ThreadComment {
  id: string;
  reflectionId: string;
  authorUserId: string;
  createdAt: Date;
}

export function commentsForClient<Comment extends ThreadComment>(
  comments: readonly Comment[],
  clientUserId: string,
  since: Date,
): Array<Comment & { answered: boolean }> {
  const lastReplyAt = new Map<string, number>();
  for (const comment of comments) {
    if (comment.authorUserId !== clientUserId) continue;
    const at = comment.createdAt.getTime();
    lastReplyAt.set(comment.reflectionId, Math.max(at, lastReplyAt.get(comment.reflectionId) ?? at));
  }
  return comments
    .filter((comment) => comment.authorUserId !== clientUserId && comment.createdAt.getTime() >= since.getTime())
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((comment) => ({
      ...comment,
      answered: (lastReplyAt.get(comment.reflectionId) ?? -Infinity) > comment.createdAt.getTime(),
    }));
}
