"use client";

import { usePathname } from "next/navigation";

/** Shows its children everywhere but the billing page, which says the same thing at more length. */
export function OutsideBillingPage({ billingPath, children }: { billingPath: string; children: React.ReactNode }) {
  return usePathname() === billingPath ? null : children;
}
