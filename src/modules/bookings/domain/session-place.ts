import type { SessionLocation } from "~/modules/scheduling/domain/session-types";

// Where a booked session happens, worded for one side: the booker and the coach read different
// sentences about the same phone call. Every page, email and invitation that names the place goes
// through placeFor, so they cannot disagree.

export type Audience = "booker" | "coach";

export interface BookedLocation {
  /** The booking's snapshot of its type's location. */
  location: SessionLocation;
  /** The number a PHONE_BOOKER session is called on. */
  bookerPhone: string | null;
}

export interface SessionPlace {
  /** "Video call", "Phone call", "In person". */
  label: string;
  /** The label with what to do, for this side: "Phone call: Maya Chen calls you on +44 20 7946 0958". */
  sentence: string;
  /** The bare place for a calendar's LOCATION: the meeting URL, the number to call, the address. */
  value: string | null;
  /** A link that opens the place: the meeting URL (https only) or a tel: link. */
  href: string | null;
}

const httpsUrl = (value: string | null) => {
  if (!value) return null;
  try {
    return new URL(value).protocol === "https:" ? value : null;
  } catch {
    return null;
  }
};

const telHref = (phone: string | null) => (phone ? `tel:${phone.replace(/[^\d+]/g, "")}` : null);

/** Null when the session type names no place. */
export function placeFor(
  audience: Audience,
  booked: BookedLocation,
  names: { coach: string; booker: string },
): SessionPlace | null {
  const { kind, detail } = booked.location;
  switch (kind) {
    case "VIDEO":
      return {
        label: "Video call",
        sentence: detail ? `Video call: ${detail}` : "Video call",
        value: detail,
        href: httpsUrl(detail),
      };
    case "PHONE_BOOKER":
      return phoneCall({
        readerDials: audience === "coach",
        number: booked.bookerPhone,
        other: otherOf(audience, names),
      });
    case "PHONE_COACH":
      return phoneCall({ readerDials: audience === "booker", number: detail, other: otherOf(audience, names) });
    case "IN_PERSON":
      return { label: "In person", sentence: detail ? `In person: ${detail}` : "In person", value: detail, href: null };
    case "NONE":
      return null;
  }
}

const otherOf = (audience: Audience, names: { coach: string; booker: string }) =>
  audience === "booker" ? names.coach : names.booker;

/** The one who dials calls the other; a booking made without a number still says who calls whom. */
function phoneCall(call: { readerDials: boolean; number: string | null; other: string }): SessionPlace {
  const on = call.number ? ` on ${call.number}` : "";
  return {
    label: "Phone call",
    sentence: call.readerDials ? `Phone call: call ${call.other}${on}` : `Phone call: ${call.other} calls you${on}`,
    value: call.number,
    href: telHref(call.number),
  };
}
