// Defence in depth in the browser: should some text ever reach a page unescaped, the browser
// still runs only the scripts this response vouched for with its nonce (Next.js puts the nonce
// on its own scripts when it finds it in the request's Content-Security-Policy, see
// src/proxy.ts), and no other site may frame our pages. Pure, so the policy is unit-tested.

interface PageSecurityOptions {
  /** Fresh and unguessable for every response (newNonce). */
  nonce: string;
  /** The public origin; HTTPS there turns on HSTS and the upgrade of stray http:// requests. */
  appUrl: string;
  /** `next dev`: React rebuilds server error stacks in the browser with eval. */
  development: boolean;
}

/** 128 random bits, base64 as CSP nonces are written. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy({ nonce, appUrl, development }: PageSecurityOptions): string {
  const https = new URL(appUrl).protocol === "https:";
  const directives: Array<[string, ...string[]]> = [
    ["default-src", "'self'"],
    // 'strict-dynamic': chunks loaded by a nonced script run too; 'self' only speaks to browsers without CSP 3.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Inline styles stay allowed: React renders style attributes (brand colours, progress bars)
    // into the HTML, and Radix's scroll lock inserts a <style> element without a nonce. A nonce
    // here would switch 'unsafe-inline' off, so styles get none.
    ["style-src", "'self'", "'unsafe-inline'"],
    // Practice logos are any https:// address the practice chose.
    ["img-src", "'self'", "data:", "https:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    // The one worker, public/browser-time-zone.js, comes from here.
    ["worker-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    // No framing for now; booking pages become embeddable (by the practice's sites) in a later issue.
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Two years, the usual HSTS lifetime; subdomains of the app's own host are ours too. */
const HSTS = "max-age=63072000; includeSubDomains";

/** Headers that depend on the request or on the runtime APP_URL: set per page by src/proxy.ts. */
export function pageSecurityHeaders(options: PageSecurityOptions): Record<string, string> {
  const headers: Record<string, string> = { "Content-Security-Policy": contentSecurityPolicy(options) };
  if (new URL(options.appUrl).protocol === "https:") headers["Strict-Transport-Security"] = HSTS;
  return headers;
}

/** Headers for every response, pages, API and assets alike: fixed at build time in next.config.ts. */
export const STATIC_SECURITY_HEADERS = [
  // frame-ancestors 'none' says the same to current browsers; this is for older ones.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
