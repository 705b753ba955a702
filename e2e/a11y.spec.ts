import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { devices, expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { practiceWithEveryRole } from "../src/test/practice-procedures";
import { e2eDb } from "./support/db";
import { sessionCookieFor } from "./support/session";

// axe-core on every page of the app and the booking flow, as each kind of person sees it, on a desktop and a phone.
// A serious or critical violation fails, and so does a console error (a hydration mismatch above all). Every
// page.tsx under src/app must be listed below (or say why it is not), so a new page cannot escape the check.
// One test per person and screen, each with one browser page walking that person's routes: a context per page made
// this take over ten minutes.

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type Role = "visitor" | "CLIENT" | "COACH" | "OWNER";
interface Fixture {
  practiceSlug: string;
  coachPath: string;
  linkTypePath: string;
  manageUrl: string;
  cancelledManageUrl: string;
  rescheduleUrl: string;
  projectId: string;
  clientId: string;
  draftInterviewId: string;
  cookies: Record<Exclude<Role, "visitor">, string>;
}
interface Check {
  role: Role;
  url: (f: Fixture) => string;
  /** The page answers 404 by design, so the browser logs the document's status as a console error. */
  notFound?: true;
}

/** Each route (as its page.tsx sits under src/app), who looks at it, and the address to open. */
const ROUTES: Record<string, Check | { skip: string }> = {
  "page.tsx": { role: "visitor", url: () => "/" },
  "(auth)/signin/page.tsx": { role: "visitor", url: () => "/signin" },
  "(auth)/signin/check-email/page.tsx": { role: "visitor", url: () => "/signin/check-email" },
  "(auth)/signin/confirm/page.tsx": {
    role: "visitor",
    url: () => "/signin/confirm?token=abcdefghijklmnopqrstuvwxyz&email=a%40example.com",
  },
  "(auth)/signin/second-factor/page.tsx": {
    role: "visitor",
    url: () => "/signin/second-factor?ticket=not-a-real-pending-sign-in",
  },
  "(auth)/signin/error/page.tsx": { role: "visitor", url: () => "/signin/error?error=Verification" },
  "(auth)/signin/welcome/[token]/page.tsx": { role: "visitor", url: () => "/signin/welcome/not-a-real-token" },
  "(auth)/email/unsubscribe/page.tsx": { role: "visitor", url: () => "/email/unsubscribe?token=not-a-token" },
  "invite/[token]/page.tsx": { role: "visitor", url: () => "/invite/not-a-real-token", notFound: true },
  "book/[practiceSlug]/page.tsx": { role: "visitor", url: (f) => `/book/${f.practiceSlug}` },
  "book/[practiceSlug]/[coachSlug]/page.tsx": { role: "visitor", url: (f) => `${f.coachPath}?tz=Europe/London` },
  "book/[practiceSlug]/[coachSlug]/[typeSlug]/page.tsx": { role: "visitor", url: (f) => f.linkTypePath },
  "bookings/[uid]/page.tsx": { role: "visitor", url: (f) => `${f.manageUrl}&booked=1` },
  "(bench)/empty/page.tsx": { role: "visitor", url: () => "/empty" },
  "dev/mail/page.tsx": { skip: "development only: answers 404 in production" },
  "dev/mail/[id]/page.tsx": { skip: "development only: answers 404 in production" },
  "(account)/app/page.tsx": { role: "CLIENT", url: () => "/app" },
  "(account)/profile/page.tsx": { role: "CLIENT", url: () => "/profile" },
  "(account)/profile/security/page.tsx": { role: "CLIENT", url: () => "/profile/security" },
  "(account)/profile/data/page.tsx": { role: "CLIENT", url: () => "/profile/data" },
  "(account)/practices/new/page.tsx": { role: "OWNER", url: () => "/practices/new" },
  "p/[practiceSlug]/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}` },
  "p/[practiceSlug]/projects/page.tsx": { role: "CLIENT", url: (f) => `/p/${f.practiceSlug}/projects` },
  "p/[practiceSlug]/projects/[projectId]/page.tsx": {
    role: "CLIENT",
    url: (f) => `/p/${f.practiceSlug}/projects/${f.projectId}`,
  },
  "p/[practiceSlug]/projects/[projectId]/check-in/page.tsx": {
    role: "CLIENT",
    url: (f) => `/p/${f.practiceSlug}/projects/${f.projectId}/check-in`,
  },
  "p/[practiceSlug]/projects/[projectId]/synthesis/page.tsx": {
    role: "CLIENT",
    url: (f) => `/p/${f.practiceSlug}/projects/${f.projectId}/synthesis`,
  },
  "p/[practiceSlug]/interviews/[interviewId]/reflection/page.tsx": {
    role: "CLIENT",
    url: (f) => `/p/${f.practiceSlug}/interviews/${f.draftInterviewId}/reflection`,
  },
  "p/[practiceSlug]/email-preferences/page.tsx": {
    role: "CLIENT",
    url: (f) => `/p/${f.practiceSlug}/email-preferences`,
  },
  "p/[practiceSlug]/projects/[projectId]/settings/page.tsx": {
    role: "COACH",
    url: (f) => `/p/${f.practiceSlug}/projects/${f.projectId}/settings`,
  },
  "p/[practiceSlug]/projects/new/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/projects/new` },
  "p/[practiceSlug]/caseload/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/caseload` },
  "p/[practiceSlug]/reviews/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/reviews` },
  "p/[practiceSlug]/sessions/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/sessions` },
  "p/[practiceSlug]/clients/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/clients` },
  "p/[practiceSlug]/clients/[clientId]/page.tsx": {
    role: "COACH",
    url: (f) => `/p/${f.practiceSlug}/clients/${f.clientId}`,
  },
  "p/[practiceSlug]/clients/import/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/clients/import` },
  "p/[practiceSlug]/templates/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/templates` },
  "p/[practiceSlug]/availability/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/availability` },
  "p/[practiceSlug]/calendars/page.tsx": { role: "COACH", url: (f) => `/p/${f.practiceSlug}/calendars` },
  "p/[practiceSlug]/members/page.tsx": { role: "OWNER", url: (f) => `/p/${f.practiceSlug}/members` },
  "p/[practiceSlug]/settings/page.tsx": { role: "OWNER", url: (f) => `/p/${f.practiceSlug}/settings` },
  "p/[practiceSlug]/settings/billing/page.tsx": {
    role: "OWNER",
    url: (f) => `/p/${f.practiceSlug}/settings/billing`,
  },
  "p/[practiceSlug]/settings/email/page.tsx": { role: "OWNER", url: (f) => `/p/${f.practiceSlug}/settings/email` },
  "p/[practiceSlug]/audit/page.tsx": { role: "OWNER", url: (f) => `/p/${f.practiceSlug}/audit` },
};

/** Besides one visit per page: states of a page that other data puts it in, and other people's view of it. */
const EXTRA: Check[] = [
  { role: "visitor", url: () => "/no-such-page", notFound: true },
  { role: "visitor", url: (f) => f.cancelledManageUrl },
  { role: "visitor", url: (f) => f.rescheduleUrl },
  { role: "CLIENT", url: (f) => `/p/${f.practiceSlug}` },
  { role: "OWNER", url: (f) => `/p/${f.practiceSlug}` },
];

const CHECKS = [...Object.values(ROUTES).filter((route): route is Check => !("skip" in route)), ...EXTRA];
const VIEWPORTS = { desktop: devices["Desktop Chrome"], phone: devices["Pixel 7"] } as const;
const ROLES: Role[] = ["visitor", "CLIENT", "COACH", "OWNER"];
const HYDRATION = /hydrat|did not match|Minified React error #(418|423|425)/i;
const NOT_FOUND_LOG = /Failed to load resource: the server responded with a status of 404/;

function pageFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return pageFiles(full, base);
    return entry === "page.tsx" ? [path.relative(base, full).split(path.sep).join("/")] : [];
  });
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical violations on the page as it stands, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, so the page's script policy does not apply to the checker itself.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run({ resultTypes: ["violations"] })).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))}`,
    );
}

/** Resolves once React has hydrated the page's main content and the browser has an idle moment after it. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const root = document.querySelector("main") ?? document.body;
    return Object.keys(root).some((key) => key.startsWith("__reactFiber$"));
  });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })));
}

/** What went wrong on one screen: its axe violations and the console errors it logged, each naming the screen. */
function screenAudit(page: Page, where: string) {
  let consoleErrors: string[] = [];
  let expectNotFound = false;
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return {
    /** Starts the log for a new screen. */
    begin(notFound = false) {
      consoleErrors = [];
      expectNotFound = notFound;
    },
    async findings(screen: string): Promise<string[]> {
      const logged = consoleErrors
        .filter((text) => !(expectNotFound && NOT_FOUND_LOG.test(text)))
        .map((text) => `${HYDRATION.test(text) ? "hydration warning" : "console error"}: ${text}`);
      await transitionsDone(page);
      return [...(await axeViolations(page)), ...logged].map((finding) => `${where} ${screen}: ${finding}`);
    },
  };
}

/**
 * Colours mid-transition (a chosen time fading to its selected look) are not what anyone reads; axe checks the page
 * once the finite transitions and animations have ended. A spinner's endless one is left running.
 */
async function transitionsDone(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** The booking page's states that only appear after a click: a day's times, then the intake form. */
async function bookingFlowFindings(page: Page, audit: ReturnType<typeof screenAudit>, coachUrl: string) {
  audit.begin();
  await page.goto(coachUrl, { waitUntil: "load" });
  await settled(page);
  const findings: string[] = [];
  const otherDay = page.locator('[role="grid"] td:not([aria-selected="true"]) a[href]').first();
  const date = (await otherDay.getAttribute("data-date"))!;
  await otherDay.click();
  await expect(page.locator('[aria-selected="true"] a')).toHaveAttribute("data-date", date);
  await expect(page.locator("#times a").first()).toBeVisible();
  findings.push(...(await audit.findings(`${coachUrl} after picking a day`)));
  audit.begin();
  await page.locator("#times a").first().click();
  await expect(page.getByLabel("Your name")).toBeVisible();
  findings.push(...(await audit.findings(`${coachUrl} after picking a time`)));
  return findings;
}

async function bookThroughApi(request: APIRequestContext, practiceSlug: string, coachSlug: string, day: number) {
  const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10);
  const booked = await request.post("/api/public/bookings", {
    data: {
      practiceSlug,
      coachSlug,
      start: `${date}T11:00:00.000Z`,
      name: "Axe Booker",
      email: `axe-${day}-${Date.now().toString(36)}@example.com`,
      timeZone: "UTC",
    },
  });
  expect(booked.status()).toBe(201);
  const manage = new URL(((await booked.json()) as { manageUrl: string }).manageUrl);
  return { uid: manage.pathname.split("/").pop()!, token: manage.searchParams.get("token")!, url: manage };
}

test("every page has its accessibility check", () => {
  const pages = pageFiles(path.resolve("src/app")).sort();
  expect(pages.filter((page) => !(page in ROUTES))).toEqual([]);
  expect(Object.keys(ROUTES).filter((page) => !pages.includes(page))).toEqual([]);
});

test("the favicon is served and every page links an icon that loads", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\//);
  await page.goto("/signin");
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons).toContainEqual(expect.stringContaining("/favicon.ico"));
  for (const icon of icons) expect((await request.get(icon)).status(), icon).toBe(200);
});

test.describe("no serious or critical accessibility violation and no console error", () => {
  let fixture: Fixture;

  test.beforeAll(async ({ playwright }, testInfo) => {
    const { practice, members, ids } = await practiceWithEveryRole();
    const coach = await e2eDb().coachProfile.findUniqueOrThrow({
      where: { id: ids.coachProfileId },
      include: { sessionTypes: true },
    });
    const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    const kept = await bookThroughApi(request, practice.slug, coach.slug, 9);
    const cancelled = await bookThroughApi(request, practice.slug, coach.slug, 10);
    const cancel = await request.post(`/api/public/bookings/${cancelled.uid}/cancel`, {
      data: { token: cancelled.token },
    });
    expect(cancel.status()).toBe(200);
    await request.dispose();
    const link = coach.sessionTypes.find((type) => type.visibility === "LINK")!;
    const coachPath = `/book/${practice.slug}/${coach.slug}`;
    fixture = {
      practiceSlug: practice.slug,
      coachPath,
      linkTypePath: `${coachPath}/${link.slug}?t=${link.linkToken}`,
      manageUrl: `${kept.url.pathname}${kept.url.search}`,
      cancelledManageUrl: `${cancelled.url.pathname}${cancelled.url.search}`,
      rescheduleUrl: `${coachPath}?tz=UTC&reschedule=${kept.uid}&token=${kept.token}`,
      projectId: ids.projectId,
      clientId: ids.clientId,
      draftInterviewId: ids.draftInterviewId,
      cookies: {
        CLIENT: await sessionCookieFor(members.CLIENT.id),
        COACH: await sessionCookieFor(members.COACH.id),
        OWNER: await sessionCookieFor(members.OWNER.id),
      },
    };
  });

  for (const [viewport, device] of Object.entries(VIEWPORTS)) {
    for (const role of ROLES) {
      test(`${role === "visitor" ? "signed out" : `as ${role}`} on a ${viewport}`, async ({ browser, baseURL }) => {
        const context = await browser.newContext({ ...device, baseURL });
        if (role !== "visitor") {
          const [name, value] = fixture.cookies[role].split("=") as [string, string];
          await context.addCookies([{ name, value, url: baseURL! }]);
        }
        const page = await context.newPage();
        const audit = screenAudit(page, `${viewport} ${role}`);
        const failures: string[] = [];
        for (const check of CHECKS.filter((candidate) => candidate.role === role)) {
          const url = check.url(fixture);
          audit.begin(check.notFound);
          await page.goto(url, { waitUntil: "load" });
          await settled(page);
          failures.push(...(await audit.findings(url)));
        }
        if (role === "visitor") {
          // A month two weeks on has days to pick besides the one shown first, whatever today's date.
          const month = new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 7);
          const coachUrl = `${fixture.coachPath}?tz=Europe/London&month=${month}`;
          failures.push(...(await bookingFlowFindings(page, audit, coachUrl)));
        }
        await context.close();
        expect(failures, failures.join("\n")).toEqual([]);
      });
    }
  }
});
