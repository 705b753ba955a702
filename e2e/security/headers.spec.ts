import { expect, test, type Page, type Response } from "@playwright/test";
import { createBookableCoach } from "../../prisma/factories";
import { VISITOR_ZONE_COOKIE } from "../../src/modules/bookings/ui/visitor-zone-cookie";
import { signInByEmail } from "../support/auth";
import { e2eDb } from "../support/db";
import { uniqueEmail } from "../support/mail";

// Every page is sent with a Content-Security-Policy whose nonce is on each script of the page,
// and the browser, enforcing it, refuses nothing the app needs: hydration, server actions, tRPC.

/** Collects what the browser reports refusing under the page's CSP, across navigations. */
async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} refused ${event.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  return violations;
}

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

/** Checks a page's security headers and that every script it was sent with carries the nonce; returns the nonce. */
async function expectNoncedPage(response: Response | null, status = 200): Promise<string> {
  expect(response?.status(), `${response?.url()} loads`).toBe(status);
  const headers = response!.headers();
  const csp = directivesOf(headers["content-security-policy"] ?? "");
  const scriptSources = csp.get("script-src") ?? [];
  const nonce = scriptSources.map((source) => /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(source)?.[1]).find(Boolean);
  expect(nonce, "script-src names a nonce").toBeTruthy();
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"], "no HSTS over plain http").toBeUndefined();

  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, "the page has scripts").toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
  return nonce!;
}

test("signed-out, booking and signed-in pages run their nonced scripts and nothing is refused", async ({ page }) => {
  const violations = await watchCspViolations(page);

  // Signed out, including pages with nothing to look up (prerendered at build time, they would
  // carry no nonce) and the 404 page: a fresh nonce per response.
  const first = await expectNoncedPage(await page.goto("/signin"));
  const second = await expectNoncedPage(await page.goto("/signin"));
  expect(second).not.toBe(first);
  await expectNoncedPage(await page.goto("/"));
  await expectNoncedPage(await page.goto("/signin/check-email"));
  await expectNoncedPage(await page.goto("/no-such-page"), 404);

  // The sign-in form's server action and the confirmation page's form post work under the policy.
  const email = uniqueEmail("csp");
  await signInByEmail(page, email);
  await expect(page).toHaveURL(/\/(app|practices\/new)/);

  // Signed in: the create-practice form is a client component calling tRPC.
  await expectNoncedPage(await page.goto("/practices/new"));
  const slug = `csp-${Date.now().toString(36)}`;
  await page.getByLabel("Practice name").fill("Policy Careers");
  await page.getByLabel("Web address").fill(slug);
  await page.getByRole("button", { name: "Create practice" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${slug}$`));
  await expectNoncedPage(await page.goto(`/p/${slug}`));

  // A public booking page: hydrated, its script remembers the browser's time zone in a cookie.
  const practice = await e2eDb().practice.findUniqueOrThrow({ where: { slug } });
  const coach = await createBookableCoach(e2eDb(), practice.id);
  await expectNoncedPage(await page.goto(`/book/${slug}/${coach.profile.slug}`));
  await expect
    .poll(async () => (await page.context().cookies()).some((cookie) => cookie.name === VISITOR_ZONE_COOKIE))
    .toBe(true);

  expect(violations).toEqual([]);
});

test("the JSON API keeps its CORS headers and carries no page policy", async ({ request }) => {
  const response = await request.fetch("/api/public/practices/any/coaches/any/slots", { method: "OPTIONS" });
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["content-security-policy"]).toBeUndefined();
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
