import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import ClientWelcomeEmail, { clientWelcomeSubject } from "./client-welcome";
import ProjectAssignedEmail from "./project-assigned";

const renderBoth = async (element: React.ReactElement) => ({
  html: await render(element),
  text: await render(element, { plainText: true }),
});

describe("ClientWelcomeEmail", () => {
  const props = ClientWelcomeEmail.PreviewProps;

  it("signs a new client in from the button and says where to go afterwards", async () => {
    const { html, text } = await renderBoth(<ClientWelcomeEmail {...props} />);
    expect(html).toContain(`href="${props.signInUrl.replaceAll("&", "&amp;")}"`);
    expect(text).toContain("Maya Chen added you as a client on Fieldnotes.");
    expect(text).toContain("Sign in to Fieldnotes");
    expect(text).toContain(`The button signs you in once, until ${props.signInExpiresAt}.`);
    expect(text).toContain(props.practiceUrl);
    expect(clientWelcomeSubject(props)).toBe("Maya Chen added you to Northstar Career Studio on Fieldnotes");
  });

  it("links the practice itself for someone who has signed in before", async () => {
    const { html, text } = await renderBoth(<ClientWelcomeEmail {...props} signInUrl={null} signInExpiresAt={null} />);
    expect(html).toContain(`href="${props.practiceUrl}"`);
    expect(html).not.toContain("/signin/welcome/");
    expect(text).toContain("Open Fieldnotes");
    expect(text).toContain("Sign in with this email address.");
  });

  it("keeps a hostile name out of the subject's lines and the markup", async () => {
    const hostile = "Evil\r\nBcc: x@example.com<script>";
    expect(clientWelcomeSubject({ ...props, addedBy: hostile })).not.toMatch(/[\r\n]/);
    const { html } = await renderBoth(<ClientWelcomeEmail {...props} clientName={hostile} />);
    expect(html).not.toContain("<script>");
  });
});

describe("ProjectAssignedEmail with a sign-in link", () => {
  it("opens the project through the sign-in link and names the project's own address for later", async () => {
    const signInUrl = "http://localhost:3000/signin/welcome/tok3n?next=%2Fp%2Fnorthstar%2Fprojects%2Fpreview";
    const { html, text } = await renderBoth(
      <ProjectAssignedEmail
        {...ProjectAssignedEmail.PreviewProps}
        signInUrl={signInUrl}
        signInExpiresAt="Mon 30 Nov 2026, 10:00 GMT"
      />,
    );
    expect(html).toContain(`href="${signInUrl}"`);
    expect(text).toContain("The button signs you in once, until Mon 30 Nov 2026, 10:00 GMT.");
    expect(text).toContain(ProjectAssignedEmail.PreviewProps.projectUrl);
  });
});
