import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { DEFAULT_BACKUP_SETTINGS } from "../../../devtenant/backup/backup-state.js";
import { sharedChromium } from "../../support/browser.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { authoriseInPopup, descriptionOf, openCustomer, saveTenant, see, shoot, signInToTab } from "./tab-browser.js";

/** The number a stat of the "Protection counts" group shows (e.g. Protected → 120). */
async function stat(page: Page, label: string): Promise<string> {
  const text = await page.getByRole("group", { name: "Protection counts" }).getByRole("group", { name: label, exact: true }).innerText();
  return text.replace(label, "").trim();
}

/** Waits until the job panel's bar is full and the outcome line is shown. */
async function waitForJobDone(page: Page, outcome: string): Promise<void> {
  await see(page.getByText(outcome, { exact: true }), 40_000);
  const bar = page.getByRole("progressbar", { name: "Enable progress" });
  assert.equal(await bar.getAttribute("aria-valuenow"), "1");
}

describe("Enable users in the tab: selected users, then All (headless Chromium)", function () {
  this.timeout(60_000);
  const domain = `e2e${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}.onmicrosoft.com`;
  let product: TestProduct;
  let context: BrowserContext;
  let cloud: ReturnType<typeof devtenantAdmin>;

  before(async () => {
    product = await startProduct();
    cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.createTenant({ displayName: `Dental ${domain}`, domain, userCount: 120 });
    await cloud.backupSettings({ protectAfterMs: 500, jobCompleteAfterMs: 200, failureRate: 0 });
    context = await (await sharedChromium()).newContext({ viewport: { width: 1280, height: 1000 } });
  });
  after(async () => {
    await context?.close();
    await cloud?.backupSettings({ ...DEFAULT_BACKUP_SETTINGS });
    await product?.close();
  });

  it("protects two ticked users, then every user with All, and the counts follow", async () => {
    const page = await signInToTab(context, product.url, /Ada Admin/);
    await openCustomer(page, "Contoso Dental");
    await saveTenant(page, domain);
    await authoriseInPopup(page, new RegExp(`admin@${domain.replace(/\./g, "\\.")}`), "Accept");
    await page.getByRole("button", { name: "Enable", exact: true }).click();
    await see(page.getByText("120 users", { exact: true }));

    const grid = page.getByRole("grid", { name: "Users" });
    const ticks = grid.getByRole("checkbox", { name: /^Select (?!all users shown)/ });
    const names: string[] = [];
    for (const n of [2, 3]) names.push(((await ticks.nth(n).getAttribute("aria-label")) ?? "").replace(/^Select /, ""));
    const enableSelected = page.getByRole("button", { name: "Enable selected (0)" });
    assert.equal(await enableSelected.getAttribute("aria-disabled"), "true", "nothing to enable before a tick");
    for (const name of names) await grid.getByRole("checkbox", { name: `Select ${name}`, exact: true }).check();
    await shoot(page, "enable-01-two-ticked");

    await page.getByRole("button", { name: "Enable selected (2)" }).click();
    await see(page.getByRole("heading", { name: "Enabling 2 users" }));
    await waitForJobDone(page, "All 2 users are protected.");
    await see(page.getByText("2 of 2 protected", { exact: true }));
    // A label reads "Name (upn)"; names repeat in a tenant, UPNs do not.
    for (const name of names) await see(grid.getByRole("row").filter({ hasText: /\(([^)]+)\)$/.exec(name)?.[1] ?? name }).getByText("Protected", { exact: true }));
    assert.equal(await stat(page, "Protected"), "2");
    assert.equal(await stat(page, "Off"), "118");
    await shoot(page, "enable-02-two-protected");

    await page.getByRole("button", { name: "All", exact: true }).click();
    const dialog = await see(page.getByRole("alertdialog", { name: "Turn on backup for all 118 users not yet protected?" }));
    await shoot(page, "enable-03-confirm-all");
    await dialog.getByRole("button", { name: "Enable all" }).click();
    await see(page.getByRole("heading", { name: "Enabling all users" }));
    await shoot(page, "enable-04-all-running");
    await waitForJobDone(page, "All 118 users are protected.");
    await see(page.getByText("118 of 118 protected", { exact: true }));
    await page.getByRole("group", { name: "Protected", exact: true }).getByText("120", { exact: true }).waitFor();
    assert.equal(await stat(page, "Protected"), "120");
    assert.equal(await stat(page, "Pending"), "0");
    assert.equal(await stat(page, "Failed"), "0");
    assert.equal(await stat(page, "Off"), "0");
    await see(grid.getByRole("row").nth(1).getByText("Protected", { exact: true }));
    await shoot(page, "enable-05-all-protected");
  });

  it("shows a viewer the counts and the finished job, with Enable selected and All turned off", async () => {
    const viewer = await (await sharedChromium()).newContext({ viewport: { width: 1280, height: 1000 } });
    try {
      const page = await signInToTab(viewer, product.url, /Vera Viewer/);
      await openCustomer(page, "Contoso Dental");
      await page.getByRole("button", { name: "Enable", exact: true }).click();
      await see(page.getByText("All 118 users are protected.", { exact: true }));
      for (const name of ["Enable selected (0)", "All"]) {
        const button = page.getByRole("button", { name, exact: true });
        assert.equal(await button.getAttribute("aria-disabled"), "true", name);
        assert.equal(await descriptionOf(button), "Viewers can look but not change anything.", name);
      }
      await shoot(page, "enable-06-viewer");
    } finally {
      await viewer.close();
    }
  });
});
