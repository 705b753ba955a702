import { expect, test } from "@playwright/test";

test.describe("request hardening", () => {
  test("state-changing requests from another origin are refused", async ({ request }) => {
    const trpc = await request.post("/api/trpc/practices.create", {
      headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
      data: { json: { name: "x", slug: "xyz", timeZone: "UTC" } },
    });
    expect(trpc.status()).toBe(403);
    const auth = await request.post("/api/auth/signin/nodemailer", {
      headers: { Origin: "https://evil.example" },
      form: { email: "a@example.com" },
    });
    expect(auth.status()).toBe(403);
  });

  test("opening the sign-in callback with GET only shows the confirmation page", async ({ request }) => {
    const response = await request.get(
      "/api/auth/callback/nodemailer?token=abcdefghijklmnopqrstuvwxyz&email=a%40example.com",
      { maxRedirects: 0 },
    );
    expect(response.status()).toBe(303);
    expect(response.headers().location).toContain("/signin/confirm?token=abcdefghijklmnopqrstuvwxyz");
  });

  test("an off-site callbackUrl is ignored", async ({ page }) => {
    await page.goto("/signin?callbackUrl=https://evil.example/steal");
    await expect(page.locator('input[name="callbackUrl"]')).toHaveValue("/app");
  });

  test("an unauthenticated API call gets 401, not data", async ({ request }) => {
    const response = await request.get(
      `/api/trpc/practices.get?input=${encodeURIComponent(JSON.stringify({ json: { practiceSlug: "northstar" } }))}`,
    );
    expect(response.status()).toBe(401);
  });
});
