import type { Metadata } from "next";
import { Card, PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { ProfileForm } from "~/modules/accounts/ui/profile-form";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const profile = await loadOrNotFound(() => api.profile.get(), "/profile");
  return (
    <>
      <PageHeader
        title="Your profile"
        description="How you appear to your practice, and the time zone we show times in."
      />
      <Card className="p-6">
        <ProfileForm profile={profile} zones={supportedTimeZones()} />
      </Card>
    </>
  );
}
