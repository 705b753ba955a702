import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { answersOf, ReflectionAnswersView } from "./reflection-answers";

describe("ReflectionAnswersView", () => {
  it("shows typed markup as text: escaped, whitespace kept, never executed", () => {
    const html = renderToStaticMarkup(
      <ReflectionAnswersView
        answers={{
          ...answersOf(null),
          learned: "<script>alert('x')</script>\n  indented",
          surprises: '<img src=x onerror="alert(1)">',
          resonance: 5,
        }}
      />,
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;\n  indented");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("whitespace-pre-wrap");
    expect(html).toContain("A bolt of calm and clarity");
  });
});
