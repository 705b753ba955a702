const DAY_MS = 86_400_000;

/**
 * An unchanged calendar still has to be read whole now and then: what was expanded last time ends at a fixed
 * instant, and the booking horizon moves on every day. Reads expand this much past the horizon, and a read older
 * than that margin is redone even when the server says nothing changed.
 */
export const REREAD_MARGIN_DAYS = 7;

/** Whether what was read up to `readUntil` still covers a window ending at `toMs`. */
export const stillCovers = (readUntil: Date | null, window: { toMs: number }) =>
  readUntil !== null && readUntil.getTime() + REREAD_MARGIN_DAYS * DAY_MS >= window.toMs;
