import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

const PHONE = { width: 412, height: 915 };

/** The page fits a 412 px phone without sideways scrolling; it is photographed at its own width and the phone's. */
export async function checkPhoneAndPhotograph(page: Page, name: string, dir: string) {
  mkdirSync(dir, { recursive: true });
  // A full-page shot of a scrolled page repeats its sticky header halfway down.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${dir}/${name}-desktop.png`, fullPage: true });
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `${name} is wider than the phone`).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: `${dir}/${name}-phone.png`, fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}
