// Open-redirect guard for callbackUrl and friends: only a path on this site is followed.
// "//evil.com" and "/\evil.com" are protocol-relative to browsers, so they are refused too.
export function safeRelativePath(candidate: string | null | undefined, fallback = "/app"): string {
  if (!candidate) return fallback;
  const value = candidate.trim();
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\\]/.test(value)) return fallback;
  return value;
}

/** For Auth.js' redirect callback: absolute URLs on our origin pass, everything else is made relative or dropped. */
export function safeRedirectUrl(url: string, baseUrl: string, fallback = "/app"): string {
  if (url.startsWith("/")) return new URL(safeRelativePath(url, fallback), baseUrl).toString();
  try {
    const parsed = new URL(url);
    if (parsed.origin === new URL(baseUrl).origin) {
      return new URL(safeRelativePath(parsed.pathname + parsed.search + parsed.hash, fallback), baseUrl).toString();
    }
  } catch {
    // fall through
  }
  return new URL(fallback, baseUrl).toString();
}
