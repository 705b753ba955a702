import type { Metadata } from "next";
import { env } from "~/env";
import { Card, PageHeader } from "~/components/ui/surface";
import { supportedTimeZones } from "~/lib/time-zones";
import { CreatePracticeForm } from "~/modules/practices/ui/create-practice-form";

export const metadata: Metadata = { title: "Create a practice" };

export default function NewPracticePage() {
  return (
    <>
      <PageHeader
        title="Create your practice"
        description="You'll be its owner. You can invite coaches, admins and clients next."
      />
      <Card className="p-6">
        <CreatePracticeForm zones={supportedTimeZones()} origin={new URL(env.APP_URL).host} />
      </Card>
    </>
  );
}
