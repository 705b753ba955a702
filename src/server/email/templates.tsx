import AccountDeletionEmail, { accountDeletionSubject, type AccountDeletionEmailProps } from "@emails/account-deletion";
import BillingNoticeEmail, { billingNoticeSubject, type BillingNoticeEmailProps } from "@emails/billing-notice";
import BookingUpdateEmail, { bookingUpdateSubject, type BookingUpdateEmailProps } from "@emails/booking-update";
import DataExportReadyEmail, {
  dataExportReadySubject,
  type DataExportReadyEmailProps,
} from "@emails/data-export-ready";
import CalendarFailingEmail, { calendarFailingSubject, type CalendarFailingEmailProps } from "@emails/calendar-failing";
import ClientWelcomeEmail, { clientWelcomeSubject, type ClientWelcomeEmailProps } from "@emails/client-welcome";
import InvitationEmail, { invitationSubject, type InvitationEmailProps } from "@emails/invitation";
import NewSignInEmail, { newSignInSubject, type NewSignInEmailProps } from "@emails/new-sign-in";
import SecondFactorChangedEmail, {
  secondFactorChangedSubject,
  type SecondFactorChangedEmailProps,
} from "@emails/second-factor-changed";
import OutreachDueEmail, { outreachDueSubject, type OutreachDueEmailProps } from "@emails/outreach-due";
import ProjectAssignedEmail, { projectAssignedSubject, type ProjectAssignedEmailProps } from "@emails/project-assigned";
import ReflectionCommentEmail, {
  reflectionCommentSubject,
  type ReflectionCommentEmailProps,
} from "@emails/reflection-comment";
import ReflectionSubmittedEmail, {
  reflectionSubmittedSubject,
  type ReflectionSubmittedEmailProps,
} from "@emails/reflection-submitted";
import SignInEmail, { signInSubject, type SignInEmailProps } from "@emails/sign-in";
import WeeklyDigestEmail, { weeklyDigestSubject, type WeeklyDigestEmailProps } from "@emails/weekly-digest";
import type { ReactElement } from "react";
import type { EmailCategory } from "./categories";

// Every email the outbox can send, by name. The outbox stores a template's name and props;
// the worker renders them here, so an email queued today renders the same after a restart.

/** What the worker adds when it sends: the one-click unsubscribe link, and the practice's logo as it is then. */
export interface EmailRenderExtras {
  unsubscribeUrl?: string;
  logoUrl?: string | null;
}

interface TemplateDefinition<Props> {
  /** What the admin email log calls it. */
  label: string;
  category: EmailCategory;
  subject: (props: Props) => string;
  render: (props: Props, extras: EmailRenderExtras) => ReactElement;
  /** Props that hold a secret (a sign-in, invitation or manage link), blanked once the email is sent. */
  secretProps: readonly (keyof Props)[];
}

const define = <Props,>(definition: TemplateDefinition<Props>) => definition;

export const EMAIL_TEMPLATES = {
  "sign-in": define<SignInEmailProps>({
    label: "Sign-in link",
    category: "essential",
    subject: () => signInSubject,
    render: (props) => <SignInEmail {...props} />,
    secretProps: ["url"],
  }),
  // Essential: the one way a person hears that someone else has their sign-in email (src/server/auth/open-session.ts).
  "new-sign-in": define<NewSignInEmailProps>({
    label: "New sign-in notice",
    category: "essential",
    subject: () => newSignInSubject,
    render: (props) => <NewSignInEmail {...props} />,
    secretProps: [],
  }),
  // Essential: a person must hear that their account is about to go, and that it went.
  "account-deletion": define<AccountDeletionEmailProps>({
    label: "Account deletion",
    category: "essential",
    subject: accountDeletionSubject,
    render: (props) => <AccountDeletionEmail {...props} />,
    secretProps: [],
  }),
  // Essential: a factor added by someone else would keep them in the account (src/modules/second-factor).
  "second-factor-changed": define<SecondFactorChangedEmailProps>({
    label: "Two-step sign-in change",
    category: "essential",
    subject: (props) => secondFactorChangedSubject(props.change),
    render: (props) => <SecondFactorChangedEmail {...props} />,
    secretProps: [],
  }),
  invitation: define<InvitationEmailProps>({
    label: "Invitation",
    category: "essential",
    subject: (props) => invitationSubject(props.practiceName),
    render: (props, { logoUrl }) => <InvitationEmail {...props} logoUrl={logoUrl} />,
    secretProps: ["acceptUrl"],
  }),
  "booking-update": define<BookingUpdateEmailProps>({
    label: "Booking update",
    category: "essential",
    subject: bookingUpdateSubject,
    render: (props, { logoUrl }) => <BookingUpdateEmail {...props} logoUrl={logoUrl} />,
    secretProps: ["actionUrl"],
  }),
  "booking-reminder": define<BookingUpdateEmailProps>({
    label: "Session reminder",
    category: "session-reminders",
    subject: (props) => bookingUpdateSubject({ ...props, kind: "reminder" }),
    render: (props, extras) => <BookingUpdateEmail {...props} {...extras} kind="reminder" />,
    secretProps: ["actionUrl"],
  }),
  "billing-notice": define<BillingNoticeEmailProps>({
    label: "Billing notice",
    category: "essential",
    subject: (props) => billingNoticeSubject(props),
    render: (props, { logoUrl }) => <BillingNoticeEmail {...props} logoUrl={logoUrl} />,
    secretProps: [],
  }),
  "calendar-failing": define<CalendarFailingEmailProps>({
    label: "Calendar not refreshing",
    category: "essential",
    subject: (props) => calendarFailingSubject(props),
    render: (props, { logoUrl }) => <CalendarFailingEmail {...props} logoUrl={logoUrl} />,
    secretProps: [],
  }),
  // Essential: the one way an archive too large to download at once reaches the person who asked for it.
  "data-export-ready": define<DataExportReadyEmailProps>({
    label: "Export ready",
    category: "essential",
    subject: () => dataExportReadySubject,
    render: (props) => <DataExportReadyEmail {...props} />,
    secretProps: ["downloadUrl"],
  }),
  "project-assigned": define<ProjectAssignedEmailProps>({
    label: "New project",
    category: "project-updates",
    subject: projectAssignedSubject,
    render: (props, extras) => <ProjectAssignedEmail {...props} {...extras} />,
    secretProps: ["signInUrl"],
  }),
  // Essential: for a new client it is the only way in.
  "client-welcome": define<ClientWelcomeEmailProps>({
    label: "Welcome to a client",
    category: "essential",
    subject: clientWelcomeSubject,
    render: (props, { logoUrl }) => <ClientWelcomeEmail {...props} logoUrl={logoUrl} />,
    secretProps: ["signInUrl"],
  }),
  "outreach-due": define<OutreachDueEmailProps>({
    label: "Today's outreach",
    category: "daily-outreach",
    subject: outreachDueSubject,
    render: (props, extras) => <OutreachDueEmail {...props} {...extras} />,
    secretProps: [],
  }),
  "reflection-submitted": define<ReflectionSubmittedEmailProps>({
    label: "Reflection shared",
    category: "project-updates",
    subject: reflectionSubmittedSubject,
    render: (props, extras) => <ReflectionSubmittedEmail {...props} {...extras} />,
    secretProps: [],
  }),
  "reflection-comment": define<ReflectionCommentEmailProps>({
    label: "Reflection comment",
    category: "project-updates",
    subject: reflectionCommentSubject,
    render: (props, extras) => <ReflectionCommentEmail {...props} {...extras} />,
    secretProps: [],
  }),
  "weekly-digest": define<WeeklyDigestEmailProps>({
    label: "Weekly digest",
    category: "weekly-digest",
    subject: weeklyDigestSubject,
    render: (props, extras) => <WeeklyDigestEmail {...props} {...extras} />,
    secretProps: [],
  }),
};

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailTemplateProps<Name extends EmailTemplateName> = Parameters<
  (typeof EMAIL_TEMPLATES)[Name]["subject"]
>[0];

export const isEmailTemplateName = (name: string): name is EmailTemplateName => Object.hasOwn(EMAIL_TEMPLATES, name);
