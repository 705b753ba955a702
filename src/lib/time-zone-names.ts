// Browsers and Node (through ICU) still report some zones by their old names: Chromium says
// "Asia/Calcutta" for a visitor in Kolkata. People look for today's names, so every zone we
// show, store or list goes through `currentZoneName`. No imports: client components use it too.

const CURRENT_NAMES: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** Today's IANA name for a zone ("Asia/Calcutta" → "Asia/Kolkata"); other names pass through. */
export const currentZoneName = (zone: string): string => CURRENT_NAMES[zone] ?? zone;

/** The zone this browser's clock is set to, by today's name; undefined where the browser does not say. */
export function browserTimeZone(): string | undefined {
  return reportedZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

const reportedZone = (zone: unknown) => (typeof zone === "string" && zone ? currentZoneName(zone) : undefined);

/** public/browser-time-zone.js, served as it is. */
const TIME_ZONE_WORKER_PATH = "/browser-time-zone.js";

let detection: Promise<string | undefined> | undefined;

/**
 * `browserTimeZone`, read in a worker: a page's first Intl call loads the locale data, 50 ms or more of a phone's main
 * thread while the page is starting (measured at 4× CPU slowdown: 175–250 ms), which is what a page that only wants
 * the zone name would otherwise block on. Without workers (or should one fail) it is read on the page. Once a page.
 */
export function detectBrowserTimeZone(): Promise<string | undefined> {
  detection ??= new Promise((resolve) => {
    const onThisThread = () => resolve(browserTimeZone());
    if (typeof Worker === "undefined") return onThisThread();
    try {
      const worker = new Worker(TIME_ZONE_WORKER_PATH);
      worker.onmessage = (event: MessageEvent<unknown>) => {
        worker.terminate();
        resolve(reportedZone(event.data));
      };
      worker.onerror = () => {
        worker.terminate();
        onThisThread();
      };
    } catch {
      onThisThread();
    }
  });
  return detection;
}
