import { changeWindowPolicy } from "../domain/booking-policy";

interface WhatHappensNextProps {
  bookerEmail: string;
  /** The booking was just made or moved, so its email is still on the way. */
  justChanged: boolean;
  /** Lead times of the reminders still to come, in minutes before the start. */
  remindersBefore: readonly number[];
  coachName: string;
  coachEmail: string;
  /** The session type's change window (0: the booker may change it until the start). */
  changeWindowHours: number;
  /** False once changes go through the coach (inside the window): the page's footer then says whom to ask. */
  changeableOnline: boolean;
}

const list = new Intl.ListFormat("en-GB", { type: "conjunction" });

/** "1 day", "2 hours", "90 minutes": the largest unit that says the lead time exactly. */
function leadTime(minutes: number): string {
  const [amount, unit] =
    minutes % 1440 === 0 ? [minutes / 1440, "day"] : minutes % 60 === 0 ? [minutes / 60, "hour"] : [minutes, "minute"];
  return new Intl.NumberFormat("en-GB", { style: "unit", unit, unitDisplay: "long" }).format(amount);
}

/** The steps after booking, in the order the booker meets them: the email, the reminders, changing their mind. */
export function WhatHappensNext(props: WhatHappensNextProps) {
  const { bookerEmail, justChanged, remindersBefore, coachName, coachEmail, changeWindowHours, changeableOnline } =
    props;
  return (
    <section aria-labelledby="next-steps" className="border-line border-t px-6 py-5">
      <h2 id="next-steps" className="text-ink text-sm font-semibold">
        What happens next
      </h2>
      <ol className="text-ink mt-3 list-decimal space-y-2 pl-5 text-sm marker:text-slate-500">
        <li>
          {justChanged ? "An email with the calendar invitation is on its way to " : "The calendar invitation went to "}
          <span className="font-medium break-all">{bookerEmail}</span>, with a link back to this page.
        </li>
        {remindersBefore.length > 0 && (
          <li>We&apos;ll email you a reminder {list.format(remindersBefore.map(leadTime))} before the session.</li>
        )}
        {changeableOnline && (
          <li>
            Need to change it? Reschedule or cancel below, or from the link in the email.
            {changeWindowHours > 0 && (
              <>
                {" "}
                {changeWindowPolicy(changeWindowHours)} For those, email {coachName} at{" "}
                <a href={`mailto:${coachEmail}`} className="text-brand-700 font-medium hover:underline">
                  {coachEmail}
                </a>
                .
              </>
            )}
          </li>
        )}
      </ol>
    </section>
  );
}
