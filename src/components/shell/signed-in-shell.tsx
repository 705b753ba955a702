import { signOutAction } from "~/server/auth/sign-out";
import { api } from "~/trpc/server";
import { TRPCReactProvider } from "~/trpc/react";
import { Logo } from "./logo";
import { TimeZoneDetector } from "./time-zone-detector";
import { UserMenu } from "./user-menu";

/** Top bar and client providers shared by every signed-in page. */
export async function SignedInShell({
  user,
  currentSlug,
  nav,
  children,
}: {
  user: { name: string | null; email: string; timeZone: string | null };
  currentSlug?: string;
  nav?: React.ReactNode;
  children: React.ReactNode;
}) {
  const practices = await api.practices.mine();
  return (
    <TRPCReactProvider>
      {!user.timeZone && <TimeZoneDetector />}
      <header className="border-line sticky top-0 z-40 border-b bg-white/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
          <div className="flex min-w-0 items-center gap-4">
            <Logo href="/app" />
            {nav}
          </div>
          <UserMenu user={user} practices={practices} currentSlug={currentSlug} signOut={signOutAction} />
        </div>
      </header>
      {children}
    </TRPCReactProvider>
  );
}
