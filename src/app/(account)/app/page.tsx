import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { landingAfterSignIn } from "~/modules/clients/domain/sign-in-landing";
import { ROLE_LABELS } from "~/modules/practices/domain/roles";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Your practices" };

// Where signing in lands (Auth.js' default callback): anyone of one practice goes to its home,
// and everyone else chooses here.
export default async function AppHomePage({ searchParams }: { searchParams: Promise<{ choose?: string }> }) {
  const practices = await loadOrNotFound(() => api.practices.mine(), "/app");
  if (!(await searchParams).choose) {
    const landing = landingAfterSignIn(practices);
    if (landing) redirect(landing);
  }
  return (
    <>
      <PageHeader
        title="Your practices"
        description="Choose where to work, or start a practice of your own."
        actions={
          <Button asChild>
            <Link href="/practices/new">Create a practice</Link>
          </Button>
        }
      />
      {practices.length === 0 ? (
        <EmptyState
          title="You're not in a practice yet"
          description="Create your coaching practice, or open the invitation a practice emailed you."
          action={
            <Button asChild>
              <Link href="/practices/new">Create your practice</Link>
            </Button>
          }
        />
      ) : (
        <Card>
          <ul className="divide-line divide-y">
            {practices.map((practice) => (
              <li key={practice.slug}>
                <Link
                  href={`/p/${practice.slug}`}
                  className="flex items-center justify-between gap-4 px-5 py-4 hover:bg-slate-50"
                >
                  <span className="flex min-w-0 items-center gap-3">
                    <span
                      className="size-3 shrink-0 rounded-full"
                      style={{ backgroundColor: practice.brandColor }}
                      aria-hidden="true"
                    />
                    <span className="truncate font-medium">{practice.name}</span>
                  </span>
                  <span className="text-muted text-sm">{ROLE_LABELS[practice.role]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
