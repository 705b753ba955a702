import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import InvitationEmail, { invitationSubject, type InvitationEmailProps } from "./invitation";
import SignInEmail, { signInSubject } from "./sign-in";

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
