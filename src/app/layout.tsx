import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Fieldnotes", template: "%s · Fieldnotes" },
  description: "Practice management for career coaches who work through informational interviews.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next.js can put the Content-Security-Policy nonce
  // (src/proxy.ts) only on scripts it renders then; a page prerendered at build time has none,
  // and its scripts would be refused.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
