import Link from "next/link";
import { cn } from "~/lib/cn";
import { RememberTimeZone } from "./detect-time-zone";

interface PracticeBrand {
  slug: string;
  name: string;
  brandColor: string;
  logoUrl: string | null;
}

/** The frame of every public booking page: the practice's colour and name on top, a quiet footer. */
export function PublicShell({
  practice,
  children,
  width = "max-w-5xl",
}: {
  practice: PracticeBrand;
  children: React.ReactNode;
  width?: string;
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <div className="h-1.5" style={{ backgroundColor: practice.brandColor }} aria-hidden="true" />
      <header className="border-line border-b bg-white">
        <div className={cn("mx-auto flex items-center gap-3 px-4 py-4", width)}>
          <PracticeMark practice={practice} />
          {/* Not prefetched, nor the footer's link: on the practice page this is the page itself, and elsewhere a
              visitor has come to book; prefetching them cost two requests and their parsing while the page started. */}
          <Link
            href={`/book/${practice.slug}`}
            prefetch={false}
            className="text-ink truncate text-lg font-semibold tracking-tight hover:underline"
          >
            {practice.name}
          </Link>
        </div>
      </header>
      <main className={cn("mx-auto w-full flex-1 px-4 py-8 sm:py-10", width)}>{children}</main>
      <RememberTimeZone />
      <footer className="text-muted px-4 pb-8 text-center text-xs">
        Scheduling by{" "}
        <Link href="/" prefetch={false} className="hover:text-ink font-medium underline-offset-2 hover:underline">
          Fieldnotes
        </Link>
      </footer>
    </div>
  );
}

function PracticeMark({ practice }: { practice: PracticeBrand }) {
  if (practice.logoUrl) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- practice-supplied URL, any host
      <img src={practice.logoUrl} alt="" className="size-9 rounded-md object-cover" referrerPolicy="no-referrer" />
    );
  }
  return (
    <span
      className="flex size-9 shrink-0 items-center justify-center rounded-md text-sm font-semibold"
      style={{ backgroundColor: practice.brandColor, color: textOn(practice.brandColor) }}
      aria-hidden="true"
    >
      {practice.name.trim().charAt(0).toUpperCase()}
    </span>
  );
}

/** Black or white, whichever reads better on a "#rrggbb" colour (WCAG relative luminance). */
function textOn(hex: string): string {
  const channels = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
  return luminance > 0.179 ? "#0f172a" : "#ffffff";
}
