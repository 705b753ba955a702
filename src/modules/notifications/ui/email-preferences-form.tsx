"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { Switch } from "~/components/ui/switch";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { OptionalEmailCategory } from "~/server/email/categories";
import type { emailPreferences } from "../server/preferences.service";

type Preferences = Awaited<ReturnType<typeof emailPreferences>>;

/** One switch per optional kind of email; each change is saved at once. */
export function EmailPreferencesForm({ practiceSlug, initial }: { practiceSlug: string; initial: Preferences }) {
  const trpc = useTRPC();
  const [enabled, setEnabled] = useState(
    () => new Map(initial.categories.map((item) => [item.category, item.enabled] as const)),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.notifications.setPreference.mutationOptions({
      onMutate: ({ category, enabled: on }) => {
        setSaved(null);
        setEnabled((current) => new Map(current).set(category, on));
      },
      onSuccess: ({ category, enabled: on }) => {
        const label = initial.categories.find((item) => item.category === category)?.label ?? "These emails";
        setSaved(`${label}: ${on ? "on" : "off"}. Saved.`);
      },
      // Put the switch back where the server still has it.
      onError: (_error, { category, enabled: on }) => setEnabled((current) => new Map(current).set(category, !on)),
    }),
  );
  const { message } = errorDetails(save.error);
  const toggle = (category: OptionalEmailCategory) =>
    save.mutate({ practiceSlug, category, enabled: !enabled.get(category) });

  return (
    <Card>
      <CardHeader title="Emails you can turn off" description={`Sent to ${initial.email}`} />
      <ul className="divide-line divide-y">
        {initial.categories.map((item) => {
          const on = enabled.get(item.category) ?? true;
          const id = `email-pref-${item.category}`;
          const busy = save.isPending && save.variables?.category === item.category;
          return (
            <li key={item.category} className="flex items-start justify-between gap-4 px-5 py-4">
              <div className="min-w-0">
                <label htmlFor={id} className="text-ink text-sm font-medium">
                  {item.label}
                </label>
                <p id={`${id}-description`} className="text-muted mt-0.5 text-sm">
                  {item.description}
                </p>
              </div>
              <Switch
                id={id}
                checked={on}
                onCheckedChange={() => toggle(item.category)}
                aria-describedby={`${id}-description`}
                aria-busy={busy || undefined}
                disabled={save.isPending}
                className="disabled:cursor-wait"
              >
                <span className="sr-only">{on ? "On" : "Off"}</span>
              </Switch>
            </li>
          );
        })}
      </ul>
      <div className="px-5 pb-4" aria-live="polite">
        {message ? (
          <Alert tone="danger">{message}</Alert>
        ) : (
          saved && <p className="text-sm text-emerald-700">{saved}</p>
        )}
      </div>
    </Card>
  );
}
