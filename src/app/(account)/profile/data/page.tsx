import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { formatDeletionDate } from "~/modules/erasure/domain/deletion-date";
import { DeleteAccountSection } from "~/modules/erasure/ui/delete-account-section";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Your data" };

export default async function YourDataPage() {
  const [status, reader] = await Promise.all([
    loadOrNotFound(() => api.erasure.accountStatus(), "/profile/data"),
    viewerLocale(),
  ]);
  const when = (instant: Date) => formatDeletionDate(instant, status.timeZone, reader);
  const { state } = status;
  return (
    <>
      <PageHeader title="Your data" description="What Fieldnotes holds about you, and how to take it away." />
      <div className="max-w-2xl">
        <DeleteAccountSection
          view={{
            email: status.email,
            refusal: status.refusal,
            scheduledFor: state.kind === "scheduled" ? when(state.dueAt) : null,
            cancelledOn: state.kind === "cancelled" ? when(state.cancelledAt) : null,
          }}
        />
      </div>
    </>
  );
}
