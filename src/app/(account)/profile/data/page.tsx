import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { PERSON_ARCHIVE_CONTENTS, PERSON_ARCHIVE_LEAVES_OUT } from "~/modules/data-export/ui/archive-contents";
import { DataExportCard } from "~/modules/data-export/ui/data-export-card";
import { toExportRows } from "~/modules/data-export/ui/export-rows";
import { formatDeletionDate } from "~/modules/erasure/domain/deletion-date";
import { DeleteAccountSection } from "~/modules/erasure/ui/delete-account-section";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Your data" };

// One section per thing a person can do with their data, stacked: take a copy first, then erase.
export default async function YourDataPage({ searchParams }: { searchParams: Promise<{ export?: string }> }) {
  const [exports, status, reader, { export: outcome }] = await Promise.all([
    loadOrNotFound(() => api.dataExport.mine(), "/profile/data"),
    loadOrNotFound(() => api.erasure.accountStatus(), "/profile/data"),
    viewerLocale(),
    searchParams,
  ]);
  const when = (instant: Date) => formatDeletionDate(instant, status.timeZone, reader);
  const { state } = status;
  return (
    <>
      <PageHeader
        title="Your data"
        description="Everything Fieldnotes holds about you, in every practice you belong to, and how to take it away."
      />
      <div className="max-w-2xl space-y-6">
        <DataExportCard
          title="Download your data"
          description="Take a copy with you, to keep or to move elsewhere."
          action="/api/data-export/me"
          buttonLabel="Download your data"
          contents={PERSON_ARCHIVE_CONTENTS}
          leftOut={PERSON_ARCHIVE_LEAVES_OUT}
          exports={toExportRows(exports, { zone: status.timeZone, reader })}
          outcome={outcome}
        />
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
