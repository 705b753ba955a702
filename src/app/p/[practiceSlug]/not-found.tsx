import Link from "next/link";

export default function PracticeNotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">Practice not found</h1>
      <p className="text-muted mt-2 text-sm">
        There's no practice at this address that you belong to. Check the link, or pick one of your practices.
      </p>
      <Link href="/app?choose=1" className="text-brand-700 mt-6 inline-block text-sm font-medium hover:underline">
        Go to your practices
      </Link>
    </main>
  );
}
