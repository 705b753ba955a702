import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <p className="text-brand-700 text-sm font-semibold">404</p>
      <h1 className="mt-1 text-xl font-semibold">We couldn't find that page</h1>
      <p className="text-muted mt-2 text-sm">It may have moved, or you may not have access to it.</p>
      <Link href="/" className="text-brand-700 mt-6 inline-block text-sm font-medium hover:underline">
        Back to Fieldnotes
      </Link>
    </main>
  );
}
