import Link from "next/link";
import { Logo } from "~/components/shell/logo";
import { Button } from "~/components/ui/button";
import { auth } from "~/server/auth/config";

const STEPS = [
  {
    title: "Free discovery sessions",
    body: "Prospective clients book a 20-minute conversation in their own time zone.",
  },
  {
    title: "Projects of conversations",
    body: "Assign ten informational interviews across two fields, with small daily outreach goals.",
  },
  {
    title: "Reflections that resonate",
    body: "Clients check in with their gut after every interview; you review and respond.",
  },
];

export default async function LandingPage() {
  const session = await auth();
  return (
    <div className="min-h-dvh bg-white">
      <header className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
        <Logo />
        <Button asChild variant={session ? "primary" : "secondary"} size="sm">
          <Link href={session ? "/app" : "/signin"}>{session ? "Open Fieldnotes" : "Sign in"}</Link>
        </Button>
      </header>
      <main className="mx-auto max-w-6xl px-4 pt-16 pb-24 sm:pt-24">
        <p className="text-brand-700 text-sm font-semibold">For career coaches</p>
        <h1 className="text-ink mt-3 max-w-3xl text-4xl font-semibold tracking-tight sm:text-5xl">
          Help clients find the resonant choice, one conversation at a time.
        </h1>
        <p className="text-muted mt-5 max-w-2xl text-lg">
          Fieldnotes runs your coaching practice around informational interviews: discovery sessions, interview
          projects, reflections and your whole caseload in one place.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Button asChild size="lg">
            <Link href={session ? "/app" : "/signin"}>{session ? "Go to your practices" : "Start your practice"}</Link>
          </Button>
        </div>
        <ol className="mt-20 grid gap-6 sm:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step.title} className="rounded-card border-line border p-6">
              <span className="bg-brand-50 text-brand-700 flex size-8 items-center justify-center rounded-full text-sm font-semibold">
                {index + 1}
              </span>
              <h2 className="mt-4 font-semibold">{step.title}</h2>
              <p className="text-muted mt-1 text-sm">{step.body}</p>
            </li>
          ))}
        </ol>
      </main>
    </div>
  );
}
