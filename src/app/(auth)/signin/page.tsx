import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { env } from "~/env";
import { safeRelativePath } from "~/lib/safe-redirect";
import { Card } from "~/components/ui/surface";
import { auth } from "~/server/auth/config";
import { listDemoUsers } from "~/server/auth/demo-users.system.repo";
import { PasskeyPromptButton } from "~/modules/second-factor/ui/passkey-prompt-button";
import { SignInForm } from "./sign-in-form";
import { signInAsDemoUser } from "./actions";
import { passkeySignInOptions, signInWithPasskey } from "./passkey-actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeRelativePath((await searchParams).callbackUrl);
  if ((await auth())?.user) redirect(callbackUrl);
  return (
    <div className="space-y-6">
      <Card className="p-6 sm:p-8">
        <h1 className="text-xl font-semibold tracking-tight">Sign in or create your account</h1>
        <p className="text-muted mt-1 mb-6 text-sm">Coaches, clients and practice admins all sign in here.</p>
        <SignInForm callbackUrl={callbackUrl} />
        <div className="text-muted my-5 flex items-center gap-3 text-xs" aria-hidden="true">
          <span className="bg-line h-px flex-1" />
          or
          <span className="bg-line h-px flex-1" />
        </div>
        <PasskeyPromptButton
          label="Sign in with a passkey"
          variant="secondary"
          requestOptions={passkeySignInOptions}
          submit={signInWithPasskey.bind(null, callbackUrl)}
        />
      </Card>
      {env.NODE_ENV === "development" && <DemoAccounts />}
    </div>
  );
}

async function DemoAccounts() {
  const users = await listDemoUsers();
  if (users.length === 0) return null;
  return (
    <Card className="p-5">
      <h2 className="text-sm font-semibold">Development: sign in as a demo user</h2>
      <p className="text-muted mt-0.5 mb-3 text-xs">
        Only in <code>npm run dev</code>. Emails land in the{" "}
        <Link className="underline" href="/dev/mail">
          development mailbox
        </Link>
        .
      </p>
      <ul className="divide-line divide-y">
        {users.map((user) => (
          <li key={user.email}>
            <form action={signInAsDemoUser} className="flex items-center justify-between gap-3 py-2">
              <input type="hidden" name="email" value={user.email} />
              <span className="min-w-0 text-sm">
                <span className="font-medium">{user.name}</span>{" "}
                <span className="text-muted">· {user.memberships.map((m) => m.role.toLowerCase()).join(", ")}</span>
              </span>
              <button type="submit" className="text-brand-700 shrink-0 text-sm font-medium hover:underline">
                Sign in as {user.name?.split(" ")[0]}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </Card>
  );
}
