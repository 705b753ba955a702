import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Badge, Card, CardHeader, PageHeader } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { CommentThread } from "~/modules/reflections/ui/comment-thread";
import { ProjectSummary } from "~/modules/reflections/ui/project-summary";
import { ReferredContacts } from "~/modules/reflections/ui/referred-contacts";
import { answersOf, ReflectionAnswersView } from "~/modules/reflections/ui/reflection-answers";
import { ReflectionEditor } from "~/modules/reflections/ui/reflection-editor";
import { MarkReviewedButton } from "~/modules/reflections/ui/review-actions";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Reflection" };

export default async function ReflectionPage({
  params,
}: {
  params: Promise<{ practiceSlug: string; interviewId: string }>;
}) {
  const { practiceSlug, interviewId } = await params;
  const path = `/p/${practiceSlug}/interviews/${interviewId}/reflection`;
  const user = await requireUser(path);
  const [[practice, page], reader] = await Promise.all([
    loadOrNotFound(
      () => Promise.all([api.practices.get({ practiceSlug }), api.reflections.page({ practiceSlug, interviewId })]),
      path,
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  const { reflection, contact, project, viewer } = page;
  const shared = reflection && reflection.status !== "DRAFT" && !reflection.isPrivate;
  const when = formatInstant(page.interview.occurredAt, zone, reader);
  const staff = viewer === "staff";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link
          className="text-brand-700 hover:underline"
          href={staff ? `/p/${practiceSlug}/reviews` : `/p/${practiceSlug}/projects/${project.id}`}
        >
          ← {staff ? "Review queue" : project.title}
        </Link>
      </p>
      <PageHeader
        title={`Reflection on ${contact.name}`}
        description={
          <>
            {staff ? `${project.clientName} · ` : ""}
            {contact.track.name} · interviewed {when}
            {page.writtenAfter && ` · ${page.writtenAfter}`}
          </>
        }
        actions={
          reflection?.status === "REVIEWED" ? (
            <Badge tone="success">Reviewed</Badge>
          ) : shared ? (
            <Badge tone="brand">Shared with {staff ? "you" : "your coach"}</Badge>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader
              title={page.canEdit ? "Check in with your gut" : "The reflection"}
              description={page.canEdit ? "Straight after the conversation, before it fades." : undefined}
            />
            <div className="px-5 py-5">
              {page.canEdit ? (
                <ReflectionEditor
                  practiceSlug={practiceSlug}
                  interviewId={interviewId}
                  contactName={contact.name}
                  initial={answersOf(reflection)}
                  serverUpdatedAt={reflection?.updatedAt ?? null}
                  isPrivate={reflection?.isPrivate ?? false}
                  zone={zone}
                  reader={reader}
                />
              ) : reflection ? (
                <div className="space-y-4">
                  {reflection.isPrivate && <Alert title="Private">Only you can see this reflection.</Alert>}
                  <ReflectionAnswersView answers={answersOf(reflection)} />
                </div>
              ) : (
                <Alert title="This project is closed">No reflection was written for this conversation.</Alert>
              )}
            </div>
          </Card>
          {!staff && (
            <Card>
              <CardHeader title="People they recommended" description="Turn a name into a contact to reach next." />
              <div className="px-5 py-5">
                <ReferredContacts
                  practiceSlug={practiceSlug}
                  interviewId={interviewId}
                  referrerName={contact.name}
                  trackName={contact.track.name}
                  referrals={contact.referrals}
                  canAdd={project.status === "ACTIVE"}
                />
              </div>
            </Card>
          )}
          {shared && reflection && (
            <Card>
              <CardHeader
                title={staff ? `Conversation with ${project.clientName}` : "Conversation with your coach"}
                actions={
                  staff && reflection.status === "SUBMITTED" ? (
                    <MarkReviewedButton practiceSlug={practiceSlug} reflectionId={reflection.id} />
                  ) : undefined
                }
              />
              <div className="px-5 py-5">
                <CommentThread
                  practiceSlug={practiceSlug}
                  reflectionId={reflection.id}
                  comments={page.comments}
                  timeZone={zone}
                  reader={reader}
                  emptyHint={
                    staff
                      ? `${project.clientName} is emailed when you comment.`
                      : "Your coach's comments appear here; you can reply."
                  }
                />
              </div>
            </Card>
          )}
        </div>
        <ProjectSummary
          practiceSlug={practiceSlug}
          project={project}
          contact={contact}
          interview={{ when, chosenQuestions: page.interview.chosenQuestions, notes: page.interview.notes }}
        />
      </div>
    </>
  );
}
