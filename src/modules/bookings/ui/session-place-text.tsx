import type { SessionPlace } from "../domain/session-place";

/** Where a session happens, as a link when it opens something (a meeting, a phone call). */
export function SessionPlaceText({ place }: { place: SessionPlace }) {
  if (!place.href) return <>{place.sentence}</>;
  return (
    <a className="text-brand-700 font-medium hover:underline" href={place.href}>
      {place.sentence}
    </a>
  );
}
