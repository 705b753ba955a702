import { expect, type Page } from "@playwright/test";

/** The instants the public booking page at `url` offers on the day it shows. */
export async function offeredStarts(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const links = page.locator("#times a");
  await expect(links.first()).toBeVisible();
  return Promise.all(
    (await links.all()).map(async (link) =>
      new URL((await link.getAttribute("href"))!, "http://x").searchParams.get("start")!,
    ),
  );
}
