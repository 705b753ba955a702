import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "~/components/ui/surface";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <Card className="p-6 text-center sm:p-8">
      <div
        className="bg-brand-50 text-brand-700 mx-auto mb-4 flex size-12 items-center justify-center rounded-full"
        aria-hidden="true"
      >
        <svg viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M4 6h16v12H4z" />
          <path d="m4 7 8 6 8-6" />
        </svg>
      </div>
      <h1 className="text-xl font-semibold tracking-tight">Check your email</h1>
      <p className="text-muted mt-2 text-sm">
        If the address can receive mail, a sign-in link is on its way. The link works once and expires in 15 minutes.
      </p>
      <p className="mt-6 text-sm">
        <Link href="/signin" className="text-brand-700 font-medium hover:underline">
          Use a different address
        </Link>
      </p>
    </Card>
  );
}
