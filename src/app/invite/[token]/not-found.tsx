import Link from "next/link";
import { Card } from "~/components/ui/surface";
import { INVITATION_PROBLEMS } from "~/modules/practices/domain/invitations";

export default function InvitationNotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-12">
      <Card className="p-6 sm:p-8">
        <h1 className="text-xl font-semibold tracking-tight">This invitation can't be used</h1>
        <p className="text-muted mt-2 text-sm">The link may be incomplete, or:</p>
        <ul className="text-muted mt-2 list-disc space-y-1 pl-5 text-sm">
          {Object.values(INVITATION_PROBLEMS).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <Link href="/signin" className="text-brand-700 mt-6 inline-block text-sm font-medium hover:underline">
          Sign in
        </Link>
      </Card>
    </main>
  );
}
