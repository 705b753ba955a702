import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, pageSecurityHeaders } from "./security-headers";

const production = { nonce: "bm9uY2Utb2YtdGhpcy1wYWdl", appUrl: "https://app.fieldnotes.io", development: false };

/** The policy as directive name → its sources. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("page security headers", () => {
  it("let scripts run only with this response's nonce, never inline or from elsewhere", () => {
    const csp = directivesOf(contentSecurityPolicy(production));
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${production.nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("worker-src")).toEqual(["'self'"]);
  });

  it("allow eval only under next dev", () => {
    const dev = directivesOf(contentSecurityPolicy({ ...production, development: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
    expect(directivesOf(contentSecurityPolicy(production)).get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("turn on HSTS and the upgrade of http:// requests only when the app is served over https", () => {
    const secure = pageSecurityHeaders(production);
    expect(secure["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(directivesOf(secure["Content-Security-Policy"]!).has("upgrade-insecure-requests")).toBe(true);

    const plain = pageSecurityHeaders({ ...production, appUrl: "http://localhost:3000" });
    expect(Object.keys(plain)).toEqual(["Content-Security-Policy"]);
    expect(directivesOf(plain["Content-Security-Policy"]!).has("upgrade-insecure-requests")).toBe(false);
  });

  it("use a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
