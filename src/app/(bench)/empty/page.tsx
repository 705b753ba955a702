import type { Metadata } from "next";

// The floor that `npm run bench` holds every page's first-load JavaScript against: an App Router page with no client
// component of its own, under the same root layout, so what it ships is what the framework itself ships.
export const metadata: Metadata = { title: "Empty page", robots: { index: false } };

export default function EmptyPage() {
  return (
    <main>
      <h1>Empty page</h1>
    </main>
  );
}
