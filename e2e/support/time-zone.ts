import { expect, type Page } from "@playwright/test";
import { hydrated } from "./hydration";

/** Picks a zone in a time-zone combobox the way a person does: type part of its name, click the match. */
export async function chooseTimeZone(page: Page, label: string, query: string, option: RegExp) {
  const box = page.getByRole("combobox", { name: label });
  await hydrated(box);
  await box.fill(query);
  const list = page.locator(`[id="${await box.getAttribute("aria-controls")}"]`);
  await list.getByRole("option", { name: option }).first().click();
  await expect(box).toHaveAttribute("placeholder", new RegExp(query));
}
