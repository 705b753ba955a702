import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "~/components/ui/surface";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, { title: string; body: string }> = {
  Verification: {
    title: "That sign-in link no longer works",
    body: "Sign-in links work once and expire after 15 minutes. Request a new one and use it straight away.",
  },
  AccessDenied: { title: "Access denied", body: "You can't sign in with that account." },
  Configuration: {
    title: "Sign-in is not available",
    body: "Something is wrong on our side. Please try again shortly.",
  },
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error = "" } = await searchParams;
  const message = MESSAGES[error] ?? { title: "We couldn't sign you in", body: "Please request a new sign-in link." };
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-xl font-semibold tracking-tight">{message.title}</h1>
      <p className="text-muted mt-2 text-sm">{message.body}</p>
      <Link href="/signin" className="text-brand-700 mt-6 inline-block text-sm font-medium hover:underline">
        Request a new sign-in link
      </Link>
    </Card>
  );
}
