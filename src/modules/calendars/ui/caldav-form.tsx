"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { InputField } from "~/components/ui/labelled-controls";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { ConnectSubmit } from "./connect-submit";

const EMPTY = { serverUrl: "", username: "", password: "" };
const FIELDS = Object.keys(EMPTY);

/**
 * A CalDAV account. Connecting discovers its calendars, which then appear in the account's card, ticked, for the coach
 * to untick the ones that should not block time.
 */
export function CaldavForm({
  practiceSlug,
  coachProfileId,
  onConnected,
}: {
  practiceSlug: string;
  coachProfileId: string;
  onConnected: () => void;
}) {
  const trpc = useTRPC();
  const [account, setAccount] = useState(EMPTY);
  const connect = useMutation(
    trpc.calendars.connectCaldav.mutationOptions({
      onSuccess: () => {
        setAccount(EMPTY);
        onConnected();
      },
    }),
  );
  const { fields } = errorDetails(connect.error);
  const edit = (field: keyof typeof EMPTY) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setAccount((current) => ({ ...current, [field]: event.target.value }));
  return (
    <ServerCheckedForm
      className="space-y-4"
      onSubmit={() => connect.mutate({ practiceSlug, coachProfileId, ...account })}
    >
      <InputField
        label="Server address"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        value={account.serverUrl}
        onChange={edit("serverUrl")}
        error={fields.serverUrl}
        hint="Fastmail: https://caldav.fastmail.com/ · iCloud: https://caldav.icloud.com/ · Nextcloud: your server's address followed by /remote.php/dav/"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label="Username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={account.username}
          onChange={edit("username")}
          error={fields.username}
          hint="Usually your email address."
        />
        <InputField
          label="App password"
          type="password"
          autoComplete="new-password"
          value={account.password}
          onChange={edit("password")}
          error={fields.password}
          hint="Make one for Fieldnotes in your provider's security settings, not your main password."
        />
      </div>
      <ConnectSubmit label="Connect account" pending={connect.isPending} error={connect.error} fields={FIELDS} />
    </ServerCheckedForm>
  );
}
