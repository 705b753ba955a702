// A sliding window estimated from two fixed ones (the counter of the current window and of the one
// before it), the way rate-limiter-flexible's counters can hold it: the previous window's count is
// weighed by how much of it still lies inside the last `windowSeconds`. A request is allowed while
// that estimate, this request included, stays within the limit.
//
// What a burst at a window edge can get through: requests allowed just after the edge are bounded
// by `limit` minus those allowed in the previous window, so a burst straddling the edge gets at most
// `limit` in all (a plain fixed window lets 2 × `limit` through there). Over any stretch of d
// seconds at most limit × (1 + d / windowSeconds) pass, so 2 × `limit` needs a whole window.
// Refused requests are given back (see rate-limit.ts), so hammering does not extend a wait.

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface SlidingWindow {
  limit: number;
  windowSeconds: number;
}

/** Which fixed window `now` falls in, and how far into it. */
export function windowPosition(window: SlidingWindow, now: Date): { index: number; elapsedMs: number } {
  const windowMs = window.windowSeconds * 1000;
  const index = Math.floor(now.getTime() / windowMs);
  return { index, elapsedMs: now.getTime() - index * windowMs };
}

/**
 * The verdict on a request already counted in `current`, with `previous` requests allowed in the
 * window before; when refused, how long until one more request would pass if nothing else came.
 */
export function slidingWindowVerdict(
  window: SlidingWindow,
  counts: { current: number; previous: number },
  elapsedMs: number,
): RateLimitResult {
  const windowMs = window.windowSeconds * 1000;
  const { limit } = window;
  const { current, previous } = counts;
  // Scaled by windowMs to stay in integers: 3 × (1 − 1/3) + 1 is a hair over 3 in floating point.
  if (previous * (windowMs - elapsedMs) + current * windowMs <= limit * windowMs) return { allowed: true };

  // This request is given back, so a retry stands where this one stood: it passes once the
  // previous window's weight has shrunk enough, or else once this window has itself become the
  // previous one and shrunk.
  const room = limit - current;
  const allowedHere = current - 1;
  const intoNextWindow =
    allowedHere > limit - 1 ? Math.ceil((windowMs * (allowedHere - (limit - 1))) / allowedHere) : 0;
  const passesAt =
    room >= 0 && previous > room ? Math.ceil((windowMs * (previous - room)) / previous) : windowMs + intoNextWindow;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((passesAt - elapsedMs) / 1000)) };
}
