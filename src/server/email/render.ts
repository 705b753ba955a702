import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";

/**
 * An email's HTML and plain text from one React render: the text is converted from the HTML, which is what
 * React Email's `plainText` option does after rendering the tree a second time.
 */
export async function renderEmail(react: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(react);
  return { html, text: toPlainText(html) };
}
