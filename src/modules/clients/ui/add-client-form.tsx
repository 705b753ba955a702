"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useRef, useState } from "react";
import { usePageRefresh } from "~/components/hooks/use-page-refresh";
import { Button } from "~/components/ui/button";
import { InputField, SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { TimeZoneField } from "~/components/ui/time-zone-field";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import { useTRPC } from "~/trpc/react";
import { CLIENT_NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from "../domain/client-fields";

/**
 * Adding someone the coach already works with, without a booking: they become an active client
 * at once and are emailed a link that signs them in. Owners and admins choose whose client.
 */
export function AddClientForm({
  practiceSlug,
  zones,
  coaches,
  billingHref,
}: {
  practiceSlug: string;
  zones: string[];
  /** Empty for a coach: their clients are their own. */
  coaches: Array<{ id: string; displayName: string }>;
  billingHref: string | null;
}) {
  const trpc = useTRPC();
  const { refreshing, refresh } = usePageRefresh();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);
  const add = useMutation(
    trpc.clients.add.mutationOptions({
      onSuccess: (result, input) => {
        setAdded({ id: result.id, name: input.name });
        formRef.current?.reset();
        refresh();
      },
    }),
  );
  const { fields } = errorDetails(add.error);
  const hasFieldErrors = Object.keys(fields).length > 0;

  return (
    <Card className="mb-6">
      <CardHeader
        title="Add a client directly"
        description="Someone you already coach: no booking needed. They're emailed a link that signs them in."
        actions={
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={open}
            aria-controls={formId}
            onClick={() => setOpen((wasOpen) => !wasOpen)}
          >
            {open ? "Close" : "Add a client"}
          </Button>
        }
      />
      {added && (
        <div className="px-5 pt-4">
          <Alert tone="success" title={`${added.name} is now an active client.`}>
            We've emailed them a link to sign in.{" "}
            {!refreshing && (
              <Link
                href={`/p/${practiceSlug}/projects/new?clientId=${encodeURIComponent(added.id)}`}
                className="font-medium underline"
              >
                Assign a project now
              </Link>
            )}
          </Alert>
        </div>
      )}
      {open && (
        <form
          id={formId}
          ref={formRef}
          noValidate
          className="grid gap-4 px-5 py-4 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const text = (name: string) => String(form.get(name) ?? "");
            setAdded(null);
            add.mutate({
              practiceSlug,
              name: text("name"),
              email: text("email"),
              timeZone: text("timeZone"),
              note: text("note"),
              coachProfileId: text("coachProfileId") || undefined,
            });
          }}
        >
          <InputField
            label="Name"
            name="name"
            autoComplete="off"
            maxLength={CLIENT_NAME_MAX_LENGTH}
            error={fields.name}
            autoFocus
          />
          <InputField
            label="Email"
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            error={fields.email}
          />
          <TimeZoneField
            label="Their time zone"
            hint="Their sessions, due dates and reminders use it."
            name="timeZone"
            zones={zones}
            error={fields.timeZone}
          />
          {coaches.length > 0 && (
            <SelectField label="Coach" name="coachProfileId" defaultValue="" error={fields.coachProfileId}>
              <option value="">Me</option>
              {coaches.map((coach) => (
                <option key={coach.id} value={coach.id}>
                  {coach.displayName}
                </option>
              ))}
            </SelectField>
          )}
          <div className="sm:col-span-2">
            <TextAreaField
              label="Note (optional)"
              hint="A private note about them, for you."
              name="note"
              rows={3}
              maxLength={NOTE_MAX_LENGTH}
              error={fields.note}
            />
          </div>
          {add.error && !hasFieldErrors && (
            <div className="sm:col-span-2">
              <LimitAwareAlert error={add.error} billingHref={billingHref} />
            </div>
          )}
          <div className="sm:col-span-2">
            <Button type="submit" pending={add.isPending}>
              Add client
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
