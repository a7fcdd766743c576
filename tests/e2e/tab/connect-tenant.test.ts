import assert from "node:assert/strict";
import type { BrowserContext } from "playwright-core";
import { sharedChromium } from "../../support/browser.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { authoriseInPopup, descriptionOf, openCustomer, saveTenant, see, shoot, signInToTab } from "./tab-browser.js";

const wingtipTenantId = "7e3d1c9b-5f2a-4b8e-9d6c-1a2b3c4d5e6f";

describe("walking skeleton: connect a customer's tenant in the tab (headless Chromium)", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let context: BrowserContext;
  const revokeWingtip = async () => {
    if (product) await devtenantAdmin(product.infra.devtenant.url).revokeConsent(wingtipTenantId);
  };

  beforeEach(async () => {
    product = await startProduct();
    await revokeWingtip();
    context = await (await sharedChromium()).newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(async () => {
    await context?.close();
    await revokeWingtip();
    await product?.close();
  });

  it("signs in, Saves Wingtip's domain, Authorises in the popup and Enables the user list", async () => {
    const page = await signInToTab(context, product.url, /Ada Admin/);
    const customers = page.getByRole("table", { name: "Customers" });
    const row = (name: string) => customers.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    await see(row("Tailspin Toys").getByText("On file (Manage Protect)"));
    await see(row("Wingtip Toys").getByText("Tenant ID needed"));
    await shoot(page, "connect-01-customers");

    await openCustomer(page, "Wingtip Toys");
    await saveTenant(page, "not a tenant");
    const field = page.getByRole("textbox", { name: "Office 365 tenant ID" });
    await see(page.getByText(/"not a tenant" is neither a tenant GUID nor a domain/));
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    assert.match(await descriptionOf(field), /is neither a tenant GUID nor a domain/, "the message is tied to the field");
    await shoot(page, "connect-02-save-error");

    await saveTenant(page, "wingtiptoys.onmicrosoft.com");
    await see(page.getByRole("button", { name: "Authorise", exact: true }));
    await authoriseInPopup(page, /Wingtip Admin/, "Accept");
    const enable = await see(page.getByRole("button", { name: "Enable", exact: true }));
    await see(page.getByText(/Connected to Wingtip Toys/));
    await shoot(page, "connect-03-authorised");

    await enable.click();
    await see(page.getByText("2,000 users", { exact: true }));
    const rows = page.getByRole("grid", { name: "Users" }).getByRole("row");
    await see(rows.filter({ hasText: "Wingtip Admin" }));
    assert.ok((await rows.count()) > 10, "the first page of users is listed");
    await shoot(page, "connect-04-users");
  });

  it("Cancel in the popup leaves the customer not authorised, with the reason and Authorise still there", async () => {
    const page = await signInToTab(context, product.url, /Ada Admin/);
    await openCustomer(page, "Wingtip Toys");
    await saveTenant(page, "wingtiptoys.onmicrosoft.com");
    await authoriseInPopup(page, /Wingtip Admin/, "Cancel");
    await see(page.getByText("Not authorised", { exact: true }));
    await see(page.getByText(/Consent was cancelled/));
    await see(page.getByRole("button", { name: "Authorise", exact: true }));
    assert.equal(await page.getByRole("button", { name: "Enable", exact: true }).count(), 0);
    await shoot(page, "connect-05-cancelled");
  });
});
