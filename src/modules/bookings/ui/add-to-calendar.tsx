import { Button } from "~/components/ui/button";

interface AddToCalendarProps {
  google: string;
  outlook: string;
  /** The session's .ics file behind the manage link: what Apple Calendar (and any other calendar app) opens. */
  ics: string;
}

/** Three ways to put a session still ahead into the booker's own calendar. */
export function AddToCalendar({ google, outlook, ics }: AddToCalendarProps) {
  return (
    <section aria-labelledby="add-to-calendar" className="border-line border-t px-6 py-4">
      <h2 id="add-to-calendar" className="text-ink text-sm font-semibold">
        Add to your calendar
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        <li>
          <CalendarLink href={google} name="Google Calendar" external />
        </li>
        <li>
          <CalendarLink href={outlook} name="Outlook" external />
        </li>
        <li>
          <CalendarLink href={ics} name="Apple Calendar" />
        </li>
      </ul>
      <p className="text-muted mt-2 text-xs">
        Apple Calendar downloads an .ics file, which other calendar apps open too.
      </p>
    </section>
  );
}

function CalendarLink({ href, name, external }: { href: string; name: string; external?: boolean }) {
  const opens = external ? { target: "_blank", rel: "noopener noreferrer" } : { download: "session.ics" };
  return (
    <Button asChild variant="secondary" size="sm">
      <a href={href} {...opens}>
        <span className="sr-only">Add to </span>
        {name}
        {external && <span className="sr-only"> (opens in a new tab)</span>}
      </a>
    </Button>
  );
}
