import assert from "node:assert/strict";
import type { BrowserContext } from "playwright-core";
import { DEFAULT_BACKUP_SETTINGS } from "../../../devtenant/backup/backup-state.js";
import { sharedChromium } from "../../support/browser.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { descriptionOf, openCustomer, see, shoot, signInToTab } from "./tab-browser.js";
import { emailBox, openSharePoint, outbox, workloadStat } from "./sharepoint-page.js";

describe("Provision SharePoint and OneDrive in the tab: options, Provision, progress, completion (headless Chromium)", function () {
  this.timeout(120_000);
  const viewport = { width: 1280, height: 1000 };
  let product: TestProduct;
  let context: BrowserContext;
  let api: ReturnType<typeof apiClient>;
  let cloud: ReturnType<typeof devtenantAdmin>;

  before(async () => {
    product = await startProduct();
    cloud = devtenantAdmin(product.infra.devtenant.url);
    // Slow enough that "Provisioning in progress" is on screen for a few seconds.
    await cloud.backupSettings({ protectAfterMs: 3_000, jobCompleteAfterMs: 200, failureRate: 0 });
    const token = await signIn(product.url, staffUpns.admin);
    api = apiClient(product.url, token);
    await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 25);
    context = await (await sharedChromium()).newContext({ viewport });
  });
  after(async () => {
    await context?.close();
    await cloud?.backupSettings({ ...DEFAULT_BACKUP_SETTINGS });
    await product?.close();
  });

  it("before Authorise, says it is available once the customer is authorised and leads to Mailboxes", async () => {
    const page = await signInToTab(context, product.url, /Oscar Operator/);
    await openCustomer(page, "Wingtip Toys");
    await openSharePoint(page);
    await see(page.getByText("Available once the customer is authorised", { exact: true }));
    assert.equal(await page.getByRole("button", { name: "Provision", exact: true }).count(), 0, "no Provision before Authorise");
    await shoot(page, "sites-01-not-authorised");
    await page.getByRole("button", { name: "Go to Mailboxes" }).click();
    await see(page.getByRole("textbox", { name: "Office 365 tenant ID" }));
    await page.close();
  });

  it("shows a bad email's field error next to the field, and nothing starts", async () => {
    const page = await signInToTab(context, product.url, /Oscar Operator/);
    await openCustomer(page, "Contoso Dental");
    await openSharePoint(page);
    // Prefilled with the signed-in staff member's address.
    await see(page.getByRole("button", { name: `Remove ${staffUpns.operator}` }));

    await emailBox(page).fill("not-an-email");
    await page.getByRole("button", { name: "Provision", exact: true }).click();
    await see(page.getByText('"not-an-email" is not a valid email address. Enter one such as name@example.com.', { exact: true }));
    assert.equal(await emailBox(page).getAttribute("aria-invalid"), "true");
    await shoot(page, "sites-02-bad-email");

    await emailBox(page).fill("");
    await page.getByRole("button", { name: `Remove ${staffUpns.operator}` }).click();
    for (const name of ["Progress updates", "Completion summary"]) await page.getByRole("checkbox", { name }).uncheck();
    await page.getByRole("button", { name: "Provision", exact: true }).click();
    await see(page.getByText("Enter at least one email address.", { exact: true }));
    await see(page.getByText("Choose at least one report.", { exact: true }));
    assert.equal(await page.getByRole("dialog").count(), 0, "no success dialog");

    const status = await api.get("/api/customers/contoso-dental/sharepoint");
    assert.equal(status.status, 200, JSON.stringify(status.body));
    assert.equal(status.body.job, null, "nothing was provisioned");
    await page.close();
  });

  it("provisions with the chosen options: success dialog, Provisioning in progress, a second Provision joins, then complete", async () => {
    const page = await signInToTab(context, product.url, /Oscar Operator/);
    await openCustomer(page, "Contoso Dental");
    await openSharePoint(page);
    await page.getByRole("checkbox", { name: "Failures only" }).check();
    await page.getByRole("radio", { name: "On each change" }).check();
    await emailBox(page).fill("Alerts Desk <Alerts@NorthwindMSP.com>; second@example.com");
    await see(page.getByRole("button", { name: "Remove alerts@northwindmsp.com" }));
    await see(page.getByRole("button", { name: "Remove second@example.com" }));
    await shoot(page, "sites-03-options", { fullPage: true });

    await page.getByRole("button", { name: "Provision", exact: true }).click();
    const dialog = await see(page.getByRole("dialog", { name: "Provisioning started" }));
    assert.match(await dialog.innerText(), /Within the next 24 hours, report emails .*alerts@northwindmsp\.com/);
    assert.match(await dialog.innerText(), /bot's card/);
    await shoot(page, "sites-04-started-dialog");
    await dialog.getByRole("button", { name: "Close" }).click();
    await see(page.getByRole("heading", { name: "Provisioning in progress", exact: true }));
    await shoot(page, "sites-05-in-progress");

    await page.getByRole("button", { name: "Provision", exact: true }).click();
    const joined = await see(page.getByRole("dialog", { name: "Provisioning already in progress" }));
    await joined.getByRole("button", { name: "Close" }).click();

    await see(page.getByRole("heading", { name: "Provisioning complete", exact: true }), 90_000);
    assert.equal(await page.getByRole("progressbar", { name: "Provisioning progress" }).getAttribute("aria-valuenow"), "1");
    const sites = Number(await workloadStat(page, "SharePoint sites", "Sites found"));
    const drives = Number(await workloadStat(page, "OneDrive drives", "Drives found"));
    assert.ok(sites > 0 && drives > 0, `sites ${sites}, drives ${drives}`);
    assert.equal(Number(await workloadStat(page, "SharePoint sites", "Protected")), sites);
    assert.equal(Number(await workloadStat(page, "OneDrive drives", "Protected")), drives);
    await see(page.getByText(/ are protected\. It took .+\.$/));
    await see(page.getByText(/^[1-9][\d,]* report emails? sent$/), 30_000);
    await shoot(page, "sites-06-complete", { fullPage: true });

    const status = await api.get("/api/customers/contoso-dental/sharepoint");
    assert.deepEqual(status.body.lastOptions, {
      reports: ["progress", "completion", "failures"],
      cadence: "eachChange",
      emails: [staffUpns.operator, "alerts@northwindmsp.com", "second@example.com"],
    });
    assert.ok((await outbox(product.infra.devtenant.url, "alerts@northwindmsp.com")).total > 0, "a report reached the outbox");
    // The report as a person reads it in a mail client: devtenant's outbox page renders the HTML part.
    await page.goto(`${product.infra.devtenant.browserUrl}/_devtenant/mail?format=html&to=alerts%40northwindmsp.com`);
    await see(page.getByText(/Provisioning complete/).first(), 15_000);
    await shoot(page, "sites-08-report-email", { fullPage: true });
    await page.close();
  });

  it("shows a viewer the finished provisioning and the options, read-only, with Provision turned off", async () => {
    const viewer = await (await sharedChromium()).newContext({ viewport });
    try {
      const page = await signInToTab(viewer, product.url, /Vera Viewer/);
      await openCustomer(page, "Contoso Dental");
      await openSharePoint(page);
      await see(page.getByRole("heading", { name: "Provisioning complete", exact: true }));
      const provision = page.getByRole("button", { name: "Provision", exact: true });
      assert.equal(await provision.getAttribute("aria-disabled"), "true");
      assert.equal(await descriptionOf(provision), "Viewers can look but not change anything.");
      assert.equal(await page.getByRole("checkbox", { name: "Failures only" }).isDisabled(), true);
      assert.equal(await emailBox(page).count(), 0, "no address box for a viewer");
      await provision.click({ force: true });
      assert.equal(await page.getByRole("dialog").count(), 0, "a viewer's click starts nothing");
      await shoot(page, "sites-07-viewer", { fullPage: true });
    } finally {
      await viewer.close();
    }
  });
});
