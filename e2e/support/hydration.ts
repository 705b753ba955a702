import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated `target` (it then carries React's props): a click or keystroke
 * before that is lost or overwritten, and a page fresh from the server may still be hydrating.
 */
export async function hydrated(target: Locator) {
  await expect
    .poll(() => target.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactProps$"))))
    .toBe(true);
}
