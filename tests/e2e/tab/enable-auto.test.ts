import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { isCheckNight, nextAutoRun, runAutoSweep } from "../../../service/index.js";
import { sharedChromium } from "../../support/browser.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { authoriseInPopup, descriptionOf, openCustomer, saveTenant, see, shoot, signInToTab } from "./tab-browser.js";

/** Opens Proseware's Mailboxes and clicks Enable to bring up the user list (and Enable Auto). */
async function openUsers(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Enable", exact: true }).click();
  await see(page.getByText("12 users", { exact: true }));
}

describe("Enable Auto in the tab: on, kept after a reload, read-only for a viewer (headless Chromium)", function () {
  this.timeout(60_000);
  const domain = `e2eauto${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}.onmicrosoft.com`;
  // A viewer far from Sydney, so "(your time)" is not the Sydney time.
  const contextOptions = { viewport: { width: 1280, height: 1000 }, locale: "en-US", timezoneId: "America/New_York" };
  let product: TestProduct;
  let context: BrowserContext;

  before(async () => {
    product = await startProduct();
    await devtenantAdmin(product.infra.devtenant.url).createTenant({ displayName: `Proseware ${domain}`, domain, userCount: 12 });
    context = await (await sharedChromium()).newContext(contextOptions);
  });
  after(async () => {
    await context?.close();
    await product?.close();
  });

  it("turns Enable Auto on, shows the next 8 pm Sydney run in both time zones, and keeps it after a reload", async () => {
    const page = await signInToTab(context, product.url, /Ada Admin/);
    await openCustomer(page, "Proseware");
    await saveTenant(page, domain);
    await authoriseInPopup(page, new RegExp(`admin@${domain.replace(/\./g, "\\.")}`), "Accept");
    await openUsers(page);

    const auto = page.getByRole("switch", { name: "Enable Auto", exact: true });
    assert.equal(await auto.isChecked(), false);
    assert.equal(await descriptionOf(auto), "Turns on every user not yet protected, and every new user, at 8 pm Sydney time.");
    await auto.click();
    const next = await see(page.getByText(/^Next run: /));
    const text = await next.innerText();
    assert.match(text, /^Next run: .+ 8:00\sPM \(Sydney\) · .+ \(your time\)$/, text);
    assert.equal(await auto.isChecked(), true);
    await shoot(page, "auto-01-on");

    await page.reload();
    await see(page.getByRole("heading", { name: "Proseware", level: 1 }));
    await openUsers(page);
    assert.equal(await page.getByRole("switch", { name: "Enable Auto", exact: true }).isChecked(), true, "still on after a reload");
    await see(page.getByText(/^Next run: .+ \(Sydney\) · .+ \(your time\)$/));
  });

  it("shows a viewer Enable Auto on but aria-disabled, with the viewer's description", async () => {
    const viewer = await (await sharedChromium()).newContext(contextOptions);
    try {
      const page = await signInToTab(viewer, product.url, /Vera Viewer/);
      await openCustomer(page, "Proseware");
      await openUsers(page);
      const auto = page.getByRole("switch", { name: "Enable Auto", exact: true });
      assert.equal(await auto.getAttribute("aria-disabled"), "true");
      assert.equal(await descriptionOf(auto), "Viewers can look but not change anything.");
      await auto.click({ force: true }); // Playwright will not click an aria-disabled control on its own
      assert.equal(await auto.isChecked(), true, "a viewer's click changes nothing");
      await see(page.getByText(/^Next run: .+ \(Sydney\)/));
      await shoot(page, "auto-02-viewer");
    } finally {
      await viewer.close();
    }
  });

  it("after the customer's weekly check night, the Enable page shows the night's job and what the check found", async () => {
    let run = nextAutoRun(new Date());
    while (!isCheckNight("proseware", run)) run = nextAutoRun(run);
    const at = new Date(run.getTime() + 30_000);
    const swept = await runAutoSweep({ ...product.services.deps, clock: { now: () => at }, leases: product.services.leases }, "e2e-holder");
    assert.equal(swept.customers, 1);
    const page = await signInToTab(context, product.url, /Ada Admin/);
    await openCustomer(page, "Proseware");
    await openUsers(page);
    await see(page.getByText("All 12 users are protected. Weekly check with Microsoft 365 Backup: every user's state agreed.", { exact: true }), 30_000);
    await see(page.getByText(/^Started by Enable Auto on /));
    await shoot(page, "auto-03-check-night");
  });
});
