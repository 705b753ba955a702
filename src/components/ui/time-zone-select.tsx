"use client";

import { forwardRef, useEffect, useState } from "react";
import { Select } from "./field";
import { browserTimeZone } from "~/lib/time-zone-names";

/**
 * Every IANA zone, defaulting to the browser's when no value is stored yet. It keeps its own value;
 * `onZoneChange` hears each zone the visitor picks.
 */
export const TimeZoneSelect = forwardRef<
  HTMLSelectElement,
  {
    zones: string[];
    defaultValue?: string | null;
    name: string;
    id?: string;
    invalid?: boolean;
    "aria-describedby"?: string;
    onZoneChange?: (zone: string) => void;
  }
>(function TimeZoneSelect({ zones, defaultValue, onZoneChange, ...props }, ref) {
  const [value, setValue] = useState(defaultValue ?? "UTC");
  useEffect(() => {
    if (defaultValue) return;
    const detected = browserTimeZone();
    // The browser's zone is only known after hydration.
    if (detected && zones.includes(detected)) setValue(detected);
  }, [defaultValue, zones]);
  return (
    <Select
      ref={ref}
      value={value}
      onChange={(event) => {
        setValue(event.target.value);
        onZoneChange?.(event.target.value);
      }}
      {...props}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll("_", " ")}
        </option>
      ))}
    </Select>
  );
});
