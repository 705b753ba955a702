"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTRPC } from "~/trpc/react";
import { detectBrowserTimeZone } from "~/lib/time-zone-names";

/** Stores the browser's zone the first time we see a person without one. */
export function TimeZoneDetector() {
  const trpc = useTRPC();
  const router = useRouter();
  const { mutate } = useMutation(
    trpc.profile.reportDetectedTimeZone.mutationOptions({ onSuccess: ({ updated }) => updated && router.refresh() }),
  );
  useEffect(() => {
    void detectBrowserTimeZone().then((zone) => zone && mutate({ timeZone: zone }));
  }, [mutate]);
  return null;
}
