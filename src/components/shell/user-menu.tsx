"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { useRef } from "react";
import { Avatar } from "~/components/ui/surface";

interface UserMenuProps {
  user: { name: string | null; email: string };
  practices: Array<{ slug: string; name: string; role: string }>;
  currentSlug?: string;
  signOut: () => Promise<void>;
}

const item =
  "flex cursor-pointer items-center justify-between gap-3 rounded-md px-2.5 py-2 text-sm text-ink outline-none data-[highlighted]:bg-slate-100";

export function UserMenu({ user, practices, currentSlug, signOut }: UserMenuProps) {
  const label = user.name ?? user.email;
  // Starting a practice is for coaches: someone who is only ever a client never needs the offer.
  const offersNewPractice = practices.length === 0 || practices.some((practice) => practice.role !== "CLIENT");
  // The menu unmounts its items as it closes, so the item submits a form that outlives it.
  const signOutForm = useRef<HTMLFormElement>(null);
  return (
    <>
      <form ref={signOutForm} action={signOut} hidden />
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="flex items-center gap-2 rounded-full p-0.5 pr-2 text-sm hover:bg-slate-100">
          {/* Named by its content, not aria-label: the name must contain the words on screen (WCAG 2.5.3), and the
              name is on screen only from the sm breakpoint. */}
          <Avatar name={label} className="size-8 text-xs" />
          <span className="sr-only">Account menu for </span>
          <span className="sr-only sm:not-sr-only">
            <span className="inline-block max-w-40 truncate align-middle font-medium">{label}</span>
          </span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            align="end"
            sideOffset={6}
            className="border-line z-50 w-64 rounded-lg border bg-white p-1 shadow-lg"
          >
            <div className="px-2.5 py-2">
              <p className="truncate text-sm font-medium">{label}</p>
              <p className="text-muted truncate text-xs">{user.email}</p>
            </div>
            <DropdownMenu.Separator className="bg-line my-1 h-px" />
            {practices.length > 0 && (
              <DropdownMenu.Label className="text-muted px-2.5 pt-1 pb-0.5 text-xs font-medium">
                Practices
              </DropdownMenu.Label>
            )}
            {practices.map((practice) => (
              <DropdownMenu.Item key={practice.slug} asChild className={item}>
                <Link href={`/p/${practice.slug}`} aria-current={practice.slug === currentSlug ? "page" : undefined}>
                  <span className="truncate">{practice.name}</span>
                  <span className="text-muted text-xs">
                    {practice.slug === currentSlug ? "current" : practice.role.toLowerCase()}
                  </span>
                </Link>
              </DropdownMenu.Item>
            ))}
            {offersNewPractice && (
              <DropdownMenu.Item asChild className={item}>
                <Link href="/practices/new">Create a practice</Link>
              </DropdownMenu.Item>
            )}
            <DropdownMenu.Separator className="bg-line my-1 h-px" />
            <DropdownMenu.Item asChild className={item}>
              <Link href="/profile">Profile and time zone</Link>
            </DropdownMenu.Item>
            <DropdownMenu.Item asChild className={item}>
              <Link href="/profile/security">Security and sessions</Link>
            </DropdownMenu.Item>
            {currentSlug && (
              <DropdownMenu.Item asChild className={item}>
                <Link href={`/p/${currentSlug}/email-preferences`}>Email preferences</Link>
              </DropdownMenu.Item>
            )}
            <DropdownMenu.Item className={item} onSelect={() => signOutForm.current?.requestSubmit()}>
              Sign out
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </>
  );
}
