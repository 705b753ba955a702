"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { TextAreaField } from "~/components/ui/labelled-controls";
import { Badge, EmptyState } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { COMMENT_MAX } from "../schemas";

interface ThreadComment {
  id: string;
  parentId: string | null;
  body: string;
  createdAt: Date;
  authorName: string;
  authorRole: string | null;
  mine: boolean;
}

/** Top-level comments with their replies beneath (a reply to a reply joins the same thread). */
function threads(comments: ThreadComment[]) {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const rootOf = (comment: ThreadComment): string => {
    const seen = new Set<string>();
    let current = comment;
    while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId)!;
    }
    return current.id;
  };
  const roots = comments.filter((comment) => rootOf(comment) === comment.id);
  return roots.map((root) => ({ root, replies: comments.filter((c) => c.id !== root.id && rootOf(c) === root.id) }));
}

export function CommentThread({
  practiceSlug,
  reflectionId,
  comments,
  emptyHint,
  timeZone,
  reader,
}: {
  practiceSlug: string;
  reflectionId: string;
  comments: ThreadComment[];
  emptyHint: string;
  /** The viewer's zone and reader: times are formatted the same on the server and in the browser. */
  timeZone: string;
  reader: ViewerLocale;
}) {
  const [replyingTo, setReplyingTo] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {comments.length === 0 ? (
        <EmptyState title="No comments yet" description={emptyHint} />
      ) : (
        <ol className="space-y-4">
          {threads(comments).map(({ root, replies }) => (
            <li key={root.id} className="space-y-3">
              <CommentBubble comment={root} timeZone={timeZone} reader={reader} />
              {replies.length > 0 && (
                <ol className="border-line ml-4 space-y-3 border-l-2 pl-4">
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      <CommentBubble comment={reply} timeZone={timeZone} reader={reader} />
                    </li>
                  ))}
                </ol>
              )}
              <div className="ml-4 pl-4">
                {replyingTo === root.id ? (
                  <CommentForm
                    practiceSlug={practiceSlug}
                    reflectionId={reflectionId}
                    parentId={replies.at(-1)?.id ?? root.id}
                    label={`Reply to ${root.authorName}`}
                    onDone={() => setReplyingTo(null)}
                  />
                ) : (
                  <Button type="button" size="sm" variant="ghost" onClick={() => setReplyingTo(root.id)}>
                    Reply
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      <CommentForm practiceSlug={practiceSlug} reflectionId={reflectionId} label="Add a comment" />
    </div>
  );
}

function CommentBubble({
  comment,
  timeZone,
  reader,
}: {
  comment: ThreadComment;
  timeZone: string;
  reader: ViewerLocale;
}) {
  return (
    <article className="rounded-lg bg-slate-50 px-4 py-3">
      <header className="flex flex-wrap items-center gap-2 text-xs">
        <span className="text-ink font-semibold">{comment.mine ? "You" : comment.authorName}</span>
        {comment.authorRole && <Badge>{comment.authorRole}</Badge>}
        <time className="text-muted" dateTime={new Date(comment.createdAt).toISOString()}>
          {formatInstant(new Date(comment.createdAt), timeZone, reader)}
        </time>
      </header>
      <p className="mt-1.5 text-sm leading-relaxed break-words whitespace-pre-wrap">{comment.body}</p>
    </article>
  );
}

function CommentForm({
  practiceSlug,
  reflectionId,
  parentId,
  label,
  onDone,
}: {
  practiceSlug: string;
  reflectionId: string;
  parentId?: string;
  label: string;
  onDone?: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState("");
  const comment = useMutation(
    trpc.reflections.comment.mutationOptions({
      onSuccess: () => {
        setBody("");
        onDone?.();
        router.refresh();
      },
    }),
  );
  const problem = errorDetails(comment.error);
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        comment.mutate({ practiceSlug, reflectionId, parentId, body });
      }}
    >
      <TextAreaField
        label={label}
        error={problem.fields.body ?? problem.message}
        rows={3}
        value={body}
        maxLength={COMMENT_MAX}
        onChange={(event) => setBody(event.target.value)}
        className="resize-y"
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={comment.isPending}>
          {parentId ? "Send reply" : "Send comment"}
        </Button>
        {onDone && (
          <Button type="button" size="sm" variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
