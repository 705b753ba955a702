// Runs as a dedicated worker (src/lib/time-zone-names.ts, detectBrowserTimeZone): a page's first Intl call loads
// the locale data, 50 ms or more on a phone, and here that happens off the page's main thread.
globalThis.postMessage(Intl.DateTimeFormat().resolvedOptions().timeZone);
