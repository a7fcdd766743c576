import type { Locator, Page } from "playwright-core";
import { see } from "./tab-browser.js";

/** Opens the customer's **SharePoint / OneDrive** tab and waits for its heading. */
export async function openSharePoint(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "SharePoint / OneDrive" }).click();
  await see(page.getByRole("heading", { name: "SharePoint and OneDrive backup", level: 2 }));
}

/** The box report addresses are typed into. */
export function emailBox(page: Page): Locator {
  return page.getByRole("textbox", { name: "Report email addresses" });
}

/** The number one stat of a workload card shows (e.g. "SharePoint sites" → "Sites found" → "42"), digits only. */
export async function workloadStat(page: Page, workload: "SharePoint sites" | "OneDrive drives", label: string): Promise<string> {
  const stat = page.getByRole("group", { name: workload, exact: true }).getByRole("group", { name: label, exact: true });
  return (await stat.innerText()).replace(label, "").replace(/[^\d]/g, "");
}

/** devtenant's outbox for one recipient: `{ total, messages }`. */
export async function outbox(devtenantUrl: string, to: string): Promise<{ total: number; messages: unknown[] }> {
  const response = await fetch(`${devtenantUrl}/_devtenant/mail?to=${encodeURIComponent(to)}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`devtenant outbox: ${response.status} ${await response.text()}`);
  return (await response.json()) as { total: number; messages: unknown[] };
}
