import { SignedInShell } from "~/components/shell/signed-in-shell";
import { requireUser } from "~/server/auth/require-user";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/app");
  return (
    <SignedInShell user={user}>
      <main className="mx-auto max-w-3xl px-4 py-8 sm:py-12">{children}</main>
    </SignedInShell>
  );
}
