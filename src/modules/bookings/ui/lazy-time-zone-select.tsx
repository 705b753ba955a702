"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { Input } from "~/components/ui/field";
import type { TimeZoneSelect } from "~/components/ui/time-zone-select";

type SelectProps = Omit<React.ComponentProps<typeof TimeZoneSelect>, "zones" | "ref">;

interface ZoneSearch {
  TimeZoneSelect: typeof TimeZoneSelect;
  zones: string[];
}

// The zone search, its city and abbreviation data and the zone rules (with zod) weigh more than the rest of the
// booking page's scripts together, and most visitors never change zone; so they load when the visitor reaches for the
// box, once per page.
let zoneSearch: Promise<ZoneSearch> | undefined;
const loadZoneSearch = () =>
  (zoneSearch ??= Promise.all([import("~/components/ui/time-zone-select"), import("~/lib/time-zones")]).then(
    ([select, zones]) => ({ TimeZoneSelect: select.TimeZoneSelect, zones: zones.supportedTimeZones() }),
  ));

/** What the visitor did in the plain box before the search arrived, handed over so nothing they typed is lost. */
interface EarlyInput {
  focused: boolean;
  typed: string;
}

/**
 * TimeZoneSelect, fetched when the visitor opens the surrounding <details> or reaches the box (pointer or focus).
 * Until then, and without a script, it is a plain text field under `name` that shows the current zone, `label`, as
 * its placeholder: the server reads whatever is typed into it (zone-choice.ts).
 */
export function LazyTimeZoneSelect({ label, ...select }: SelectProps & { label: string }) {
  const [search, setSearch] = useState<ZoneSearch | null>(null);
  const plainBox = useRef<HTMLInputElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const early = useRef<EarlyInput | null>(null);

  const load = useCallback(() => {
    void loadZoneSearch().then((loaded) => {
      const box = plainBox.current;
      if (box) early.current = { focused: document.activeElement === box, typed: box.value };
      setSearch(loaded);
    });
  }, []);

  useEffect(() => {
    const details = plainBox.current?.closest("details");
    if (!details || details.open) return load();
    details.addEventListener("toggle", load, { once: true });
    return () => details.removeEventListener("toggle", load);
  }, [load]);

  useLayoutEffect(() => {
    const box = searchBox.current;
    const handed = early.current;
    if (!box || !handed) return;
    early.current = null;
    if (handed.focused) box.focus();
    if (handed.typed) {
      // React reads a controlled input's changes from input events; the native setter makes this one look typed.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(box, handed.typed);
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }, [search]);

  if (search) return <search.TimeZoneSelect ref={searchBox} zones={search.zones} {...select} />;
  return (
    <Input
      ref={plainBox}
      id={select.id}
      name={select.name}
      invalid={select.invalid}
      aria-describedby={select["aria-describedby"]}
      placeholder={label}
      autoComplete="off"
      spellCheck={false}
      // As TimeZoneSelect shows it: the placeholder is the current zone, so it reads as a value.
      className="placeholder:text-ink! pr-9"
      onPointerEnter={load}
      onFocus={load}
    />
  );
}
