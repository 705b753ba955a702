import BookingUpdateEmail, { bookingUpdateSubject, type BookingUpdateEmailProps } from "@emails/booking-update";
import InvitationEmail, { invitationSubject, type InvitationEmailProps } from "@emails/invitation";
import SignInEmail, { signInSubject, type SignInEmailProps } from "@emails/sign-in";
import type { ReactElement } from "react";
import type { EmailCategory } from "./domain/categories";

// Every email the outbox can send, by name. The outbox stores a template's name and props;
// the worker renders them here, so an email queued today renders the same after a restart.

interface TemplateDefinition<Props> {
  category: EmailCategory;
  subject: (props: Props) => string;
  render: (props: Props, extras: { unsubscribeUrl?: string }) => ReactElement;
  /** Props that hold a secret (a sign-in, invitation or manage link), blanked once the email is sent. */
  secretProps: readonly (keyof Props)[];
}

const define = <Props,>(definition: TemplateDefinition<Props>) => definition;

export const EMAIL_TEMPLATES = {
  "sign-in": define<SignInEmailProps>({
    category: "essential",
    subject: () => signInSubject,
    render: (props) => <SignInEmail {...props} />,
    secretProps: ["url"],
  }),
  invitation: define<InvitationEmailProps>({
    category: "essential",
    subject: (props) => invitationSubject(props.practiceName),
    render: (props) => <InvitationEmail {...props} />,
    secretProps: ["acceptUrl"],
  }),
  "booking-update": define<BookingUpdateEmailProps>({
    category: "essential",
    subject: bookingUpdateSubject,
    render: (props) => <BookingUpdateEmail {...props} />,
    secretProps: ["actionUrl"],
  }),
  "booking-reminder": define<BookingUpdateEmailProps>({
    category: "session-reminders",
    subject: (props) => bookingUpdateSubject({ ...props, kind: "reminder" }),
    render: (props, { unsubscribeUrl }) => (
      <BookingUpdateEmail {...props} kind="reminder" unsubscribeUrl={unsubscribeUrl} />
    ),
    secretProps: ["actionUrl"],
  }),
};

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailTemplateProps<Name extends EmailTemplateName> = Parameters<
  (typeof EMAIL_TEMPLATES)[Name]["subject"]
>[0];

export const isEmailTemplateName = (name: string): name is EmailTemplateName => Object.hasOwn(EMAIL_TEMPLATES, name);
