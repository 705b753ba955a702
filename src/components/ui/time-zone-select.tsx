"use client";

import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { flushSync } from "react-dom";
import { cn } from "~/lib/cn";
import { detectBrowserTimeZone } from "~/lib/time-zone-names";
import { zoneAbbreviation, zoneOffsetLabel } from "~/lib/time-zones";
import { zoneLabel } from "~/lib/zone-labels";
import { buildZoneIndex, searchZones, type ZoneMatch } from "~/lib/zone-search";
import { Input } from "./field";

interface TimeZoneSelectProps {
  zones: string[];
  /** The zone chosen so far; without one, the browser's once it is known (else UTC). */
  defaultValue?: string | null;
  name: string;
  id?: string;
  invalid?: boolean;
  "aria-describedby"?: string;
  onZoneChange?: (zone: string) => void;
  /** Submit the surrounding form as soon as a zone is picked (a page that reloads in the zone). */
  submitOnPick?: boolean;
}

const noSubscription = () => () => {};

/**
 * A WAI-ARIA combobox over every IANA zone, found by city, country, other names and abbreviation ("Bombay", "India",
 * "IST"). The box starts empty with the current zone as its placeholder, so typing searches at once; the zone itself
 * travels in a hidden input, and text that matches nothing never replaces it. Before the script runs the box is a
 * plain text field under `name`, so a form still submits what was typed.
 */
export const TimeZoneSelect = forwardRef<HTMLInputElement, TimeZoneSelectProps>(function TimeZoneSelect(
  { zones, defaultValue, name, id, invalid, "aria-describedby": describedBy, onZoneChange, submitOnPick },
  ref,
) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => input.current!);
  const [zone, setZone] = useState(defaultValue ?? "UTC");
  // A page that moves to another zone without remounting (the booking page once it has detected the browser's) hands
  // in a new default; it replaces the current zone, as a fresh page would.
  const [givenDefault, setGivenDefault] = useState(defaultValue);
  if (defaultValue !== givenDefault) {
    setGivenDefault(defaultValue);
    if (defaultValue) setZone(defaultValue);
  }
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [notice, setNotice] = useState<{ missed?: string; picked?: string }>({});
  const [now] = useState(() => new Date());
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const index = useMemo(() => buildZoneIndex(zones), [zones]);
  const matches = useMemo(() => searchZones(index, query), [index, query]);
  const expanded = open && matches.length > 0;
  const optionId = (position: number) => `${listId}-option-${position}`;

  useEffect(() => {
    if (defaultValue) return;
    let shown = true;
    // The browser's zone is only known after hydration.
    void detectBrowserTimeZone().then((detected) => {
      if (shown && detected && zones.includes(detected)) setZone(detected);
    });
    return () => {
      shown = false;
    };
  }, [defaultValue, zones]);

  useEffect(() => {
    if (expanded) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  });

  function pick(picked: string) {
    flushSync(() => {
      setZone(picked);
      setQuery("");
      setOpen(false);
      setNotice({ picked: zoneLabel(picked, now) });
    });
    onZoneChange?.(picked);
    if (submitOnPick) input.current?.form?.requestSubmit();
  }

  /** What the typed text comes to when the visitor leaves or presses Enter: the highlighted zone, or nothing. */
  function settle() {
    if (!query.trim()) return;
    const chosen = matches[active];
    if (chosen) return pick(chosen.zone);
    setNotice({ missed: query.trim() });
    setQuery("");
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step) {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      setActive((position) => (position + step + matches.length) % matches.length);
    } else if (event.key === "Enter" && query.trim()) {
      // Enter on typed text picks (or reports a miss) rather than submitting a zone the visitor did not mean.
      event.preventDefault();
      settle();
    } else if (event.key === "Escape" && (open || query)) {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery("");
    }
  }

  const current = zoneLabel(zone, now);
  const currentId = `${listId}-current`;
  return (
    <div className="relative">
      <Input
        ref={input}
        id={id}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={[currentId, describedBy].filter(Boolean).join(" ")}
        invalid={invalid}
        name={scripted ? undefined : name}
        value={query}
        placeholder={current}
        autoComplete="off"
        spellCheck={false}
        // The placeholder is the current zone, so it reads as a value, not as a faint hint (important: the control's
        // own placeholder colour comes later in the stylesheet).
        className="placeholder:text-ink! pr-9"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          setNotice({});
        }}
        onKeyDown={onKeyDown}
        onBlur={settle}
      />
      <SearchIcon />
      {scripted && <input type="hidden" name={name} value={zone} />}
      <span id={currentId} className="sr-only">
        Now {current}. Type a city, country or abbreviation to change it.
      </span>
      <ul
        id={listId}
        role="listbox"
        aria-label="Time zones"
        hidden={!expanded}
        className="border-line absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border bg-white py-1 shadow-lg"
      >
        {expanded &&
          matches.map((match, position) => (
            <ZoneOption
              key={match.zone}
              id={optionId(position)}
              match={match}
              at={now}
              active={position === active}
              onPointerEnter={() => setActive(position)}
              onPick={() => pick(match.zone)}
            />
          ))}
      </ul>
      <p role="status" className={cn("text-xs", notice.missed ? "mt-1.5 text-amber-800" : "sr-only")}>
        {notice.missed
          ? `No time zone matches “${notice.missed}”, so it is still ${current}. Try a city, a country or an abbreviation such as EST.`
          : notice.picked && `Time zone set to ${notice.picked}.`}
      </p>
    </div>
  );
});

function ZoneOption({
  id,
  match,
  at,
  active,
  onPointerEnter,
  onPick,
}: {
  id: string;
  match: ZoneMatch;
  at: Date;
  active: boolean;
  onPointerEnter: () => void;
  onPick: () => void;
}) {
  const offset = zoneOffsetLabel(match.zone, at);
  const abbreviation = zoneAbbreviation(match.zone, at);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      // Keeps focus in the box, so picking with the pointer does not first count as leaving it.
      onMouseDown={(event) => event.preventDefault()}
      onPointerEnter={onPointerEnter}
      onClick={onPick}
      className={cn(
        "flex cursor-pointer items-baseline gap-2 px-3 py-2 text-sm",
        active ? "bg-brand-50 text-brand-800" : "text-ink",
      )}
    >
      <span className="min-w-0 truncate">
        <span className="font-medium">{match.city}</span>
        {match.country && <span className="text-muted">, {match.country}</span>}
      </span>
      <span className="text-muted ml-auto shrink-0 text-xs tabular-nums">
        {abbreviation === offset ? offset : `${abbreviation} · ${offset}`}
      </span>
    </li>
  );
}

function SearchIcon() {
  return (
    <svg
      viewBox="0 0 20 20"
      fill="none"
      aria-hidden="true"
      className="text-muted pointer-events-none absolute top-3 right-3 size-4"
    >
      <circle cx="8.75" cy="8.75" r="5.25" stroke="currentColor" strokeWidth="1.5" />
      <path d="m13 13 3.5 3.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
