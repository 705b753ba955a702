import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import NewSignInEmail, { newSignInSubject } from "./new-sign-in";

const renderBoth = async (element: React.ReactElement) => ({
  html: await render(element),
  text: await render(element, { plainText: true }),
});

describe("NewSignInEmail", () => {
  const props = NewSignInEmail.PreviewProps;

  it("names the browser and the time, and links the page where the session can be signed out", async () => {
    const { html, text } = await renderBoth(<NewSignInEmail {...props} />);
    expect(text).toContain(`Device and browser: ${props.deviceLabel}`);
    expect(text).toContain(`When: ${props.signedInAt}`);
    expect(html).toContain(`href="${props.securityUrl}"`);
    expect(text).toContain("Review your sessions");
    expect(newSignInSubject).toBe("New sign-in to Fieldnotes");
  });

  it("keeps a hostile User-Agent out of the markup and on one line", async () => {
    const { html, text } = await renderBoth(
      <NewSignInEmail {...props} deviceLabel={"Evil\r\nBcc: x@example.com<script>alert(1)</script>"} />,
    );
    expect(html).not.toContain("<script>");
    expect(text).not.toMatch(/Evil\r?\nBcc/);
  });
});
