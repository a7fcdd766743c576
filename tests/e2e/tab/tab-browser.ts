import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { screenshotDir } from "../../support/browser.js";

/** Where the tab's e2e screenshots go. */
export const tabShotDir = path.join(screenshotDir, "tab");

/** Saves a screenshot of what the user sees now (the viewport, or the whole page). */
export async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await mkdir(tabShotDir, { recursive: true });
  await page.screenshot({ path: path.join(tabShotDir, `${name}.png`), fullPage: options.fullPage ?? false, animations: "disabled" });
}

/** Waits until the locator is visible (the tab's waits are the user's: text and roles on screen). */
export async function see(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.first().waitFor({ state: "visible", timeout });
  return locator;
}

/** Opens the tab in a fresh page and signs in with the **Sign in** button, picking `account` on devtenant's picker. */
export async function signInToTab(context: BrowserContext, productUrl: string, account: string | RegExp): Promise<Page> {
  const page = await context.newPage();
  await page.goto(productUrl);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: account }).click();
  await see(page.getByRole("heading", { name: "Customers" }));
  return page;
}

/** Opens a customer from the customers list and waits for its page. */
export async function openCustomer(page: Page, name: string): Promise<void> {
  await page.getByRole("link", { name, exact: true }).click();
  await see(page.getByRole("heading", { name, level: 1 }));
}

/** Enters the tenant and clicks **Save**. */
export async function saveTenant(page: Page, tenant: string): Promise<void> {
  await page.getByRole("textbox", { name: "Office 365 tenant ID" }).fill(tenant);
  await page.getByRole("button", { name: "Save", exact: true }).click();
}

/**
 * Clicks **Authorise**, and in the popup picks `account` and clicks Accept or Cancel; resolves once the popup
 * has closed itself.
 */
export async function authoriseInPopup(page: Page, account: string | RegExp, decision: "Accept" | "Cancel"): Promise<void> {
  const popupOpened = page.context().waitForEvent("page");
  await page.getByRole("button", { name: "Authorise", exact: true }).click();
  const popup = await popupOpened;
  const closed = popup.waitForEvent("close", { timeout: 20_000 });
  await popup.getByRole("button", { name: account }).click();
  await popup.getByRole("button", { name: decision, exact: true }).click();
  await closed;
}

/** The accessible description of an element (the texts its aria-describedby points at). */
export function descriptionOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id)?.textContent ?? "" : ""))
      .join(" ")
      .trim(),
  );
}
