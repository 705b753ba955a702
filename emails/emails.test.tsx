import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { TEMPLATE_PREVIEWS } from "~/modules/notifications/template-previews";
import { EMAIL_TEMPLATES, type EmailTemplateName } from "~/server/email/templates";
import BillingNoticeEmail, { billingNoticeSubject } from "./billing-notice";
import BookingUpdateEmail, { bookingUpdateSubject, type BookingUpdateEmailProps } from "./booking-update";
import ClientWelcomeEmail from "./client-welcome";
import { excerptOf } from "./components/text";
import InvitationEmail, { invitationSubject, type InvitationEmailProps } from "./invitation";
import OutreachDueEmail, { outreachDueSubject } from "./outreach-due";
import ProjectAssignedEmail, { projectAssignedSubject } from "./project-assigned";
import ReflectionCommentEmail, { reflectionCommentSubject } from "./reflection-comment";
import ReflectionSubmittedEmail, { reflectionSubmittedSubject } from "./reflection-submitted";
import SignInEmail, { signInSubject } from "./sign-in";
import WeeklyDigestEmail, { weeklyDigestSubject } from "./weekly-digest";

const renderBoth = async (element: React.ReactElement) => ({
  html: await render(element),
  text: await render(element, { plainText: true }),
});

describe("SignInEmail", () => {
  const url = "http://localhost:3000/api/auth/callback/nodemailer?token=t0k3n&email=maya%40example.com";

  it("links the sign-in URL in HTML and plain text", async () => {
    const { html, text } = await renderBoth(<SignInEmail url={url} expiresInMinutes={10} />);
    expect(html).toContain(`href="${url.replaceAll("&", "&amp;")}"`);
    expect(html).toContain("Sign in to Fieldnotes");
    expect(text).toContain(url);
    expect(text).toContain("This link expires in 10 minutes and works once.");
    expect(text).toContain("If you didn't ask for it, ignore this email.");
    expect(text).toContain("Sent by Fieldnotes");
    expect(signInSubject).toBe("Your Fieldnotes sign-in link");
  });

  it("renders its preview props", async () => {
    const { text } = await renderBoth(<SignInEmail {...SignInEmail.PreviewProps} />);
    expect(text).toContain(SignInEmail.PreviewProps.url);
  });
});

describe("InvitationEmail", () => {
  const props: InvitationEmailProps = {
    practiceName: "Northbound Careers",
    inviterName: "Maya Chen",
    role: "COACH",
    acceptUrl: "http://localhost:3000/invitations/abc?x=1&y=2",
    expiresAt: "Mon 30 Nov 2026, 10:00 GMT",
    brandColor: "#1d4ed8",
  };

  it("names the practice, the inviter and the role", async () => {
    const { html, text } = await renderBoth(<InvitationEmail {...props} />);
    expect(html).toContain('href="http://localhost:3000/invitations/abc?x=1&amp;y=2"');
    expect(html).toContain("#1d4ed8");
    expect(text).toContain(props.acceptUrl);
    expect(text).toContain("Maya Chen invited you to join Northbound Careers on Fieldnotes as a coach.");
    expect(text).toContain("This invitation expires on Mon 30 Nov 2026, 10:00 GMT.");
    expect(text).toContain("If you weren't expecting this, you can ignore it.");
    expect(html).toContain("Northbound Careers");
  });

  it.each([
    ["OWNER", "as an owner."],
    ["ADMIN", "as an admin."],
    ["COACH", "as a coach."],
    ["CLIENT", "as a client."],
  ] as const)("words the %s role", async (role, wording) => {
    const { text } = await renderBoth(<InvitationEmail {...props} role={role} />);
    expect(text).toContain(wording);
  });

  it("escapes a hostile practice name and ignores a bogus brand colour", async () => {
    const { html } = await renderBoth(
      <InvitationEmail {...props} practiceName="<script>alert(1)</script>" brandColor="red;background:url(x)" />,
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("url(x)");
    expect(html).toContain("#0f766e");
  });

  it("builds a one-line subject", () => {
    expect(invitationSubject("Northbound Careers")).toBe("You're invited to join Northbound Careers on Fieldnotes");
    expect(invitationSubject("Evil\r\nBcc: x@example.com")).not.toMatch(/[\r\n]/);
  });

  it("renders its preview props", async () => {
    const { text } = await renderBoth(<InvitationEmail {...InvitationEmail.PreviewProps} />);
    expect(text).toContain("as a coach.");
  });
});

describe.each([
  {
    name: "project-assigned",
    element: <ProjectAssignedEmail {...ProjectAssignedEmail.PreviewProps} />,
    subject: projectAssignedSubject(ProjectAssignedEmail.PreviewProps),
    expectedSubject: "Maya Chen set up your project: Is UX research for me?",
    links: [ProjectAssignedEmail.PreviewProps.projectUrl],
    phrases: ["UX researchers: 5 conversations", "Outreach goal: 2 people a day.", "Fri 18 Dec 2026"],
  },
  {
    name: "outreach-due",
    element: <OutreachDueEmail {...OutreachDueEmail.PreviewProps} />,
    subject: outreachDueSubject(OutreachDueEmail.PreviewProps),
    expectedSubject: "Today's outreach for “Is UX research for me?”: 2 to reach, 2 follow-ups, 1 thank-you",
    links: [OutreachDueEmail.PreviewProps.todayUrl],
    phrases: ["0 of 2 reached today", "Dana Whitfield: no reply for 4 days", "Tell Amara Okafor how the talk"],
  },
  {
    name: "reflection-submitted",
    element: <ReflectionSubmittedEmail {...ReflectionSubmittedEmail.PreviewProps} />,
    subject: reflectionSubmittedSubject(ReflectionSubmittedEmail.PreviewProps),
    expectedSubject: "Priya Raman shared a reflection on Dana Whitfield",
    links: [ReflectionSubmittedEmail.PreviewProps.reviewUrl],
    phrases: ["(UX researchers). Resonance: 4 of 5.", "turning findings into decisions"],
  },
  {
    name: "reflection-comment",
    element: <ReflectionCommentEmail {...ReflectionCommentEmail.PreviewProps} />,
    subject: reflectionCommentSubject(ReflectionCommentEmail.PreviewProps),
    expectedSubject: "Maya Chen commented on your reflection on Dana Whitfield",
    links: [ReflectionCommentEmail.PreviewProps.reflectionUrl],
    phrases: ["Hi Priya Raman, Maya Chen commented", "Ask your next two contacts"],
  },
  {
    name: "weekly-digest",
    element: <WeeklyDigestEmail {...WeeklyDigestEmail.PreviewProps} />,
    subject: weeklyDigestSubject(WeeklyDigestEmail.PreviewProps),
    expectedSubject: "Your week of 23 Nov 2026: 2 new reflections, 1 quiet client",
    links: [
      WeeklyDigestEmail.PreviewProps.caseloadUrl,
      ...WeeklyDigestEmail.PreviewProps.newReflections.map((item) => item.url),
      ...WeeklyDigestEmail.PreviewProps.stalledClients.map((item) => item.url),
    ],
    phrases: ["Alex Kim, no activity for 9 days: open", "Wed 25 Nov 2026, 14:00 GMT: Taylor Brooks"],
  },
  {
    name: "billing-notice",
    element: <BillingNoticeEmail {...BillingNoticeEmail.PreviewProps} />,
    subject: billingNoticeSubject(BillingNoticeEmail.PreviewProps),
    expectedSubject: "Payment failed for Northbound Careers on Fieldnotes",
    links: [BillingNoticeEmail.PreviewProps.billingUrl],
    phrases: ["Stripe couldn't collect the latest payment"],
  },
])("the $name email", ({ element, subject, expectedSubject, links, phrases }) => {
  it("has its subject, the practice's name and colour, its links and a readable text part", async () => {
    const { html, text } = await renderBoth(element);
    expect(subject).toBe(expectedSubject);
    expect(html).toContain("#0f766e");
    expect(text).toMatch(/^(Northstar Career Studio|Northbound Careers)$/m);
    for (const link of links) {
      expect(html).toContain(`href="${link}"`);
      expect(text).toContain(link);
    }
    for (const phrase of phrases) expect(text).toContain(phrase);
    expect(text).not.toMatch(/<[a-z]/i); // no markup leaks into the text part
  });
});

describe("optional emails", () => {
  it("carry the unsubscribe link only when the outbox gives one", async () => {
    const unsubscribeUrl = "http://localhost:3000/api/email/unsubscribe?token=abc";
    const props = WeeklyDigestEmail.PreviewProps;
    const withLink = await renderBoth(<WeeklyDigestEmail {...props} unsubscribeUrl={unsubscribeUrl} />);
    expect(withLink.text).toContain("You get this because weekly digests are on.");
    expect(withLink.text).toContain(unsubscribeUrl);
    expect((await renderBoth(<WeeklyDigestEmail {...props} />)).text).not.toContain("Unsubscribe");
  });

  it("keep user-typed names out of the subject's line structure", () => {
    const hostile = "Evil\r\nBcc: x@example.com";
    const subjects = [
      projectAssignedSubject({ ...ProjectAssignedEmail.PreviewProps, coachName: hostile, projectTitle: hostile }),
      outreachDueSubject({ ...OutreachDueEmail.PreviewProps, projectTitle: hostile }),
      reflectionSubmittedSubject({ ...ReflectionSubmittedEmail.PreviewProps, clientName: hostile }),
      reflectionCommentSubject({ ...ReflectionCommentEmail.PreviewProps, authorName: hostile }),
      weeklyDigestSubject({ ...WeeklyDigestEmail.PreviewProps, weekOf: hostile }),
    ];
    for (const subject of subjects) expect(subject).not.toMatch(/[\r\n]/);
  });

  it("say so when a digest list is empty, and a met goal is worded as met", async () => {
    const digest = await renderBoth(
      <WeeklyDigestEmail {...WeeklyDigestEmail.PreviewProps} newReflections={[]} stalledClients={[]} sessions={[]} />,
    );
    expect(digest.text).toContain("No new reflections last week.");
    expect(digest.text).toContain("Every client was active last week.");
    const outreach = await renderBoth(
      <OutreachDueEmail {...OutreachDueEmail.PreviewProps} goal={{ target: 5, done: 5, period: "week" }} />,
    );
    expect(outreach.text).toContain("You've reached 5 people this week: goal met.");
  });
});

describe("BookingUpdateEmail", () => {
  const props: BookingUpdateEmailProps = { ...BookingUpdateEmail.PreviewProps };

  it("names the session type, the place with its link and the change policy for the booker", async () => {
    const { html, text } = await renderBoth(<BookingUpdateEmail {...props} />);
    expect(bookingUpdateSubject(props)).toBe(
      "Confirmed: Free discovery session with Maya Chen, Tue 1 Dec 2026, 10:00 GMT",
    );
    expect(text).toContain("Free discovery session, 20 minutes with Maya Chen, on Tue 1 Dec 2026, 10:00 GMT.");
    expect(text).toContain("Where: Video call: https://whereby.com/fieldnotes-maya");
    expect(html).toContain('href="https://whereby.com/fieldnotes-maya"');
    expect(text).toContain(
      "Changes within 12 hours of the start go through your coach. Reply to this email to reach Maya Chen.",
    );
    expect(text).toContain(props.actionUrl);
  });

  it("words each change for its side, and leaves out what no longer applies", async () => {
    const coach = await renderBoth(
      <BookingUpdateEmail
        {...props}
        audience="coach"
        kind="rescheduled"
        previousWhen="Mon 30 Nov 2026, 09:00 GMT"
        place={{ sentence: "Phone call: call Jamie Doe on +44 20 7946 0958", href: "tel:+442079460958" }}
      />,
    );
    expect(coach.text).toContain("is now on Tue 1 Dec 2026, 10:00 GMT (it was Mon 30 Nov 2026, 09:00 GMT).");
    expect(coach.text).toContain("Where: Phone call: call Jamie Doe on +44 20 7946 0958");
    expect(coach.html).not.toContain('href="tel:'); // only a meeting link gets a "Join" link
    expect(coach.text).not.toContain("Reply to this email"); // the change window binds the booker only
    const cancelled = await renderBoth(<BookingUpdateEmail {...props} kind="cancelled" />);
    expect(cancelled.text).toContain("will not take place");
    expect(cancelled.text).not.toContain("Where:");
    expect(cancelled.text).not.toContain("Changes within");
    const nowhere = await renderBoth(<BookingUpdateEmail {...props} kind="reminder" place={null} />);
    expect(nowhere.text).not.toContain("Where:");
    expect(bookingUpdateSubject({ ...props, kind: "reminder", sessionName: "Evil\r\nBcc: x@example.com" })).not.toMatch(
      /[\r\n]/,
    );
  });
});

describe("excerptOf", () => {
  it("cuts a long text at a word and flattens its lines", () => {
    expect(excerptOf("one\n\ntwo three", 100)).toBe("one two three");
    const long = excerptOf("word ".repeat(200), 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith("word…")).toBe(true);
  });
});

const TEMPLATE_NAMES = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[];

/** A template rendered as the worker renders it, with its preview props and the given extras. */
const renderTemplate = (name: EmailTemplateName, extras: { logoUrl?: string | null } = {}) =>
  renderBoth(EMAIL_TEMPLATES[name].render(TEMPLATE_PREVIEWS[name] as never, extras));

const decodeHtml = (value: string) =>
  value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe.each(TEMPLATE_NAMES)("the %s template's document", (name) => {
  it("is titled with its subject and sized for a phone's screen", async () => {
    const { html } = await renderTemplate(name);
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => decodeHtml(match[1]!));
    expect(titles).toEqual([EMAIL_TEMPLATES[name].subject(TEMPLATE_PREVIEWS[name] as never)]);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
  });
});

describe("the letterhead", () => {
  const logoUrl = "https://cdn.example.com/northstar-logo.png";
  // Emails about the account itself come from Fieldnotes, not from a practice.
  const accountTemplates: EmailTemplateName[] = [
    "sign-in",
    "new-sign-in",
    "data-export-ready",
    "second-factor-changed",
    "account-deletion",
  ];
  const practiceTemplates = TEMPLATE_NAMES.filter((name) => !accountTemplates.includes(name));

  it.each(practiceTemplates)(
    "of %s shows the practice's logo, named by the practice, when it has one",
    async (name) => {
      const { practiceName } = TEMPLATE_PREVIEWS[name] as { practiceName: string };
      const { html } = await renderTemplate(name, { logoUrl });
      const images = html.match(/<img [^>]*>/g) ?? [];
      expect(images).toHaveLength(1);
      expect(images[0]).toContain(`alt="${practiceName}"`);
      expect(images[0]).toContain(`src="${logoUrl}"`);
    },
  );

  it("sets the practice's name as a wordmark without a logo, or with one that is not an https image", async () => {
    for (const logo of [null, "http://cdn.example.com/logo.png", "javascript:alert(1)", "not a url"]) {
      const { html, text } = await renderTemplate("project-assigned", { logoUrl: logo });
      expect(html, String(logo)).not.toContain("<img");
      expect(text, String(logo)).toMatch(/^Northstar Career Studio$/m);
    }
    expect((await renderTemplate("sign-in")).text).toMatch(/^Fieldnotes$/m);
  });

  const signature = (coach: string, practice: string) => `${coach}\n\n${practice}\n\nSent by Fieldnotes`;

  it("ends what a coach's work sent a client with the coach's signature", async () => {
    for (const name of ["booking-update", "booking-reminder", "project-assigned", "reflection-comment"] as const) {
      expect((await renderTemplate(name)).text, name).toContain(signature("Maya Chen", "Northstar Career Studio"));
    }
    expect((await renderTemplate("client-welcome")).text).toContain(signature("Maya Chen", "Northstar Career Studio"));
    // Added by the practice itself (no coach yet): the practice signs, once.
    const { text } = await renderBoth(
      <ClientWelcomeEmail {...ClientWelcomeEmail.PreviewProps} addedBy="Northstar Career Studio" />,
    );
    expect(text).toContain("email address.\n\nNorthstar Career Studio\n\nSent by Fieldnotes");
  });

  it("leaves the signature off what goes to the practice's own staff, and off a client's comment", async () => {
    const unsigned = [
      (await renderTemplate("reflection-submitted")).text,
      (await renderTemplate("weekly-digest")).text,
      (await renderBoth(<BookingUpdateEmail {...BookingUpdateEmail.PreviewProps} audience="coach" />)).text,
      (
        await renderBoth(
          <ReflectionCommentEmail {...ReflectionCommentEmail.PreviewProps} authorName="Priya Raman" byStaff={false} />,
        )
      ).text,
    ];
    for (const text of unsigned) expect(text).not.toMatch(/\n\nNorthstar Career Studio\n\nSent by Fieldnotes/);
  });
});
