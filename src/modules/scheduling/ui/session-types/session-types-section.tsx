"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ManagedCoachSelect } from "../managed-coach-select";
import { Alert, EmptyState } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { SessionTypesView } from "../../server/session-types.service";
import { PlusIcon } from "../icons";
import { moved } from "./session-type-draft";
import { SessionTypeCard } from "./session-type-card";
import { SessionTypeEditor } from "./session-type-editor";

/** The id of the open editor; NEW for a type not yet created. */
const NEW = "new";

/** The kinds of session a coach offers on their one schedule: listed, created and edited one at a time, archived. */
export function SessionTypesSection({ practiceSlug, list }: { practiceSlug: string; list: SessionTypesView }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const changed = (message: string) => () => {
    setNotice(message);
    router.refresh();
  };
  const archive = useMutation(trpc.sessionTypes.setArchived.mutationOptions());
  const reorder = useMutation(trpc.sessionTypes.reorder.mutationOptions({ onSuccess: changed("Order saved.") }));
  const newLink = useMutation(
    trpc.sessionTypes.regenerateLink.mutationOptions({
      onSuccess: changed("New secret link made. The old one no longer works."),
    }),
  );
  const actions = [archive, reorder, newLink];
  const failed = actions.find((mutation) => mutation.isError);
  /** Clears what the last action said before the next one speaks. */
  const starting = () => {
    setNotice("");
    for (const mutation of actions) mutation.reset();
  };
  const pending = archive.isPending || reorder.isPending || newLink.isPending;

  const { coach, coaches, types } = list;
  const bookable = types.filter((type) => !type.archived);
  const open = (id: string) => {
    setEditing(id);
    setNotice("");
  };
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };

  return (
    <section aria-labelledby="session-types-heading" className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="session-types-heading" className="text-ink text-lg font-semibold">
            Session types
          </h2>
          <p className="text-muted text-sm">The kinds of session you offer on these hours, each with its own rules.</p>
        </div>
        {coach && editing === null && (
          <Button type="button" onClick={() => open(NEW)}>
            <PlusIcon />
            New session type
          </Button>
        )}
      </div>
      <ManagedCoachSelect
        coaches={coaches}
        coachId={coach?.id ?? null}
        hint="As an owner or admin you manage every coach's session types."
        onChoose={(id) => {
          setEditing(null);
          starting();
          router.push(`/p/${practiceSlug}/availability?coach=${encodeURIComponent(id)}`, { scroll: false });
        }}
      />
      <div aria-live="polite">{notice && <Alert tone="success">{notice}</Alert>}</div>
      {failed && (
        <Alert tone="danger" title="That didn't work">
          {errorDetails(failed.error).message}
        </Alert>
      )}
      {!coach ? (
        <EmptyState
          title="Save your availability first"
          description={
            coaches.length > 0
              ? "You don't take bookings yourself yet. Save your hours above to offer sessions, or choose a coach to manage theirs."
              : "Your booking page starts with a free 20-minute discovery session. Once you have saved your hours, you can change it and add coaching sessions here."
          }
        />
      ) : (
        <>
          {editing === NEW && (
            <SessionTypeEditor practiceSlug={practiceSlug} coachProfileId={coach.id} type={null} onDone={done} />
          )}
          {bookable.length === 0 && editing !== NEW && (
            <EmptyState
              title="No sessions offered right now"
              description="Your booking page says you offer no sessions. Create one, or restore an archived one below."
            />
          )}
          <ul className="space-y-3">
            {types.map((type) => {
              const position = bookable.indexOf(type);
              const moveBy = (by: -1 | 1) => () => {
                starting();
                reorder.mutate({
                  practiceSlug,
                  coachProfileId: coach.id,
                  sessionTypeIds: moved(bookable, position, by).map((row) => row.id),
                });
              };
              return (
                <li key={type.id}>
                  {editing === type.id ? (
                    <SessionTypeEditor
                      practiceSlug={practiceSlug}
                      coachProfileId={coach.id}
                      type={type}
                      onDone={done}
                    />
                  ) : (
                    <SessionTypeCard
                      practiceSlug={practiceSlug}
                      coachSlug={coach.slug}
                      type={type}
                      actions={{
                        pending,
                        onEdit: () => open(type.id),
                        onArchive: (archived) => {
                          starting();
                          archive.mutate(
                            { practiceSlug, sessionTypeId: type.id, archived },
                            { onSuccess: changed(archived ? `“${type.name}” archived.` : `“${type.name}” restored.`) },
                          );
                        },
                        onMove:
                          position < 0 || bookable.length < 2
                            ? undefined
                            : {
                                up: position > 0 ? moveBy(-1) : undefined,
                                down: position < bookable.length - 1 ? moveBy(1) : undefined,
                              },
                        onNewLink: () => {
                          starting();
                          newLink.mutate({ practiceSlug, sessionTypeId: type.id });
                        },
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
