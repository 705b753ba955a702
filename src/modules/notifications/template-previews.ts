import AccountDeletionEmail from "@emails/account-deletion";
import BillingNoticeEmail from "@emails/billing-notice";
import BookingUpdateEmail from "@emails/booking-update";
import CalendarFailingEmail from "@emails/calendar-failing";
import ClientWelcomeEmail from "@emails/client-welcome";
import DataExportReadyEmail from "@emails/data-export-ready";
import InvitationEmail from "@emails/invitation";
import NewSignInEmail from "@emails/new-sign-in";
import SecondFactorChangedEmail from "@emails/second-factor-changed";
import OutreachDueEmail from "@emails/outreach-due";
import ProjectAssignedEmail from "@emails/project-assigned";
import ReflectionCommentEmail from "@emails/reflection-comment";
import ReflectionSubmittedEmail from "@emails/reflection-submitted";
import SignInEmail from "@emails/sign-in";
import WeeklyDigestEmail from "@emails/weekly-digest";
import type { EmailTemplateName, EmailTemplateProps } from "~/server/email/templates";

/** Each template's preview props (what `npm run email:dev` shows), for tests and the benchmark. */
export const TEMPLATE_PREVIEWS: { [Name in EmailTemplateName]: EmailTemplateProps<Name> } = {
  "sign-in": SignInEmail.PreviewProps,
  "new-sign-in": NewSignInEmail.PreviewProps,
  "data-export-ready": DataExportReadyEmail.PreviewProps,
  "account-deletion": AccountDeletionEmail.PreviewProps,
  "second-factor-changed": SecondFactorChangedEmail.PreviewProps,
  invitation: InvitationEmail.PreviewProps,
  "booking-update": BookingUpdateEmail.PreviewProps,
  "booking-reminder": BookingUpdateEmail.PreviewProps,
  "billing-notice": BillingNoticeEmail.PreviewProps,
  "calendar-failing": CalendarFailingEmail.PreviewProps,
  "project-assigned": ProjectAssignedEmail.PreviewProps,
  "client-welcome": ClientWelcomeEmail.PreviewProps,
  "outreach-due": OutreachDueEmail.PreviewProps,
  "reflection-submitted": ReflectionSubmittedEmail.PreviewProps,
  "reflection-comment": ReflectionCommentEmail.PreviewProps,
  "weekly-digest": WeeklyDigestEmail.PreviewProps,
};
