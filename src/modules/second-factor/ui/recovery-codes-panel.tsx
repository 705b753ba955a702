"use client";

import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";

/** Freshly made recovery codes, shown this once: the server keeps only their hashes. */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = `Fieldnotes recovery codes. Each one signs you in once.\n\n${codes.join("\n")}\n`;
  return (
    <div className="space-y-3" data-testid="recovery-codes">
      <Alert tone="warning" title="Save your recovery codes now">
        If you lose your phone or passkey, each code signs you in once. This is the only time they are shown.
      </Alert>
      <ol className="grid grid-cols-1 gap-2 font-mono text-sm sm:grid-cols-2" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code} className="border-line rounded-lg border bg-slate-50 px-3 py-2 tracking-wider">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          size="sm"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy codes"}
        </Button>
        <Button asChild size="sm" variant="secondary">
          <a
            href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
            download="fieldnotes-recovery-codes.txt"
          >
            Download codes
          </a>
        </Button>
        <Button type="button" size="sm" onClick={onDone}>
          I&apos;ve saved them
        </Button>
      </div>
    </div>
  );
}
