import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import type { AdaptiveCard, CardObject } from "../../../bot/cards/card-types.js";
import { screenshotDir } from "../../support/browser.js";
import { sampleCards } from "../../unit/bot/sample-cards.js";
import { sharedChromium } from "../../support/browser.js";
import { lastExecuted, openCardPage, renderCard } from "./card-page.js";

const outDir = path.join(screenshotDir, "cards");

/** Words each card must show once rendered (markdown processed, escapes gone). */
const mustShow: Record<string, string[]> = {
  "help-operator": ["Backup365: what I can do", "status customer", "enable customer all | user", "auto on | off customer", "provision customer"],
  "help-viewer": ["read-only", "operators and admins only", "you can look, not change anything"],
  "help-unknown": ["status needs a customer name", "Try one of these"],
  customers: ["5 customers", "Wingtip Toys", "Fabrikam [AU] *Pty*", "On file (Manage Protect)", "Ready to Authorise", "Tenant ID needed", "Connected", "Open in Backup365"],
  "customers-empty": ["0 customers", "No customers yet"],
  "status-connected": ["Contoso", "Contoso Ltd", "alex@msp.example", "Next step: Enable", "2025", "activation is pending until"],
  "status-on-file": ["Wingtip Toys", "wingtiptoys.onmicrosoft.com", "On file (Manage Protect)", "Next step: Authorise"],
  "status-consent-error": ["Fabrikam [AU] *Pty*", "Last Authorise attempt: The admin signed in to another tenant."],
  "status-tenant-needed": ["Not entered yet", "Tenant ID needed", "Next step: Save"],
  ambiguous: ["Which customer did you mean?", "Northwind Health (Business365)", "Northwind Traders (Office 365)"],
  "did-you-mean": ['No customer called "wngtp"', "Wingtip Toys (Office 365)"],
  error: ["Not allowed for your role", "Your role (viewer) can look but not change anything."],
  "tab-only": ["Enable works from the Backup365 tab for now", "Use Enable in the Backup365 tab for Wingtip Toys."],
  "sign-in": ["Sign in to the Backup365 tab once so we know your role."],
  "progress-running": ["Provisioning in progress", "Contoso · Mailboxes", "21 of 50 protected (42%)", "Pending", "user2@contoso.com: Mailbox not licensed for backup."],
  "progress-done": ["Provisioning complete", "50 of 50 protected (100%)"],
  "progress-check-night": ["Provisioning finished with errors", "Weekly check with Microsoft 365 Backup: 3 users corrected.", "Retry failed"],
  "progress-sharepoint": ["Provisioning in progress", "Contoso · SharePoint / OneDrive"],
  "auto-on": ["Enable Auto is on for Contoso", "8 pm Sydney time", "Next run (Sydney)", "Tue 1 Dec 2026, 8:00 PM", "Next run (your time)"],
  "auto-off-unchanged": ["Enable Auto is off for Contoso", "no longer turned on automatically", "nothing changed"],
  "provision-started": ["Provision started for Contoso", "SharePoint sites and OneDrive drives: the job is queued.", "as sites and drives are protected", "Report emails go to oscar@msp.example."],
  "progress-errors": ["Provisioning finished with errors", "user10@contoso.com", "and 4 more", "Retry failed"],
  "progress-paused": ["Provisioning paused", "Microsoft asked us to slow down"],
  "progress-empty": ["0 of 0 protected (0%)"],
};

/** The first button of a card that runs a bot verb, and the first that opens a link. */
function firstOf(card: AdaptiveCard, type: string): CardObject | undefined {
  const found: CardObject[] = [];
  JSON.stringify(card, (_key, value: unknown) => {
    if (value && typeof value === "object" && (value as CardObject).type === type) found.push(value as CardObject);
    return value;
  });
  return found[0];
}

describe("cards in the adaptivecards renderer (headless Chromium)", function () {
  this.timeout(60_000);
  let page: Page;

  before(async () => {
    await mkdir(outDir, { recursive: true });
    page = await openCardPage(await sharedChromium());
  });
  after(() => page?.close());

  it("has an expectation for every sample card", () => {
    assert.deepEqual(Object.keys(sampleCards()).sort(), Object.keys(mustShow).sort());
  });

  for (const [name, card] of Object.entries(sampleCards())) {
    it(`renders ${name} cleanly, showing its words`, async () => {
      const rendered = await renderCard(page, card);
      assert.deepEqual(rendered.parseEvents, [], "parse events");
      assert.deepEqual(rendered.validationEvents, [], "validation events");
      for (const words of mustShow[name] ?? []) assert.ok(rendered.text.includes(words), `${name} should show "${words}" in:\n${rendered.text}`);
      assert.doesNotMatch(rendered.text, /\*\*|\{\{|\\/, "markdown, date functions and escapes are all processed");
      await page.locator("#card").screenshot({ path: path.join(outDir, `${name}.png`) });

      const execute = firstOf(card, "Action.Execute");
      if (execute) {
        await page.getByRole("button", { name: String(execute.title) }).first().click();
        assert.deepEqual(await lastExecuted(page), { type: "Action.Execute", title: execute.title, verb: execute.verb, data: execute.data, url: undefined });
      }
    });
  }

  it("opens the tab from a customer row and from the card's button", async () => {
    const card = sampleCards().customers!;
    await renderCard(page, card);
    await page.getByText("Northwind Health").click();
    assert.deepEqual(await lastExecuted(page), { type: "Action.OpenUrl", title: "Open Northwind Health", verb: undefined, data: undefined, url: "https://backup365.example/tab/index.html#/customers/c-northwind-2" });
    await page.getByRole("link", { name: "Open in Backup365", exact: true }).click();
    assert.equal((await lastExecuted(page))?.url, "https://backup365.example/tab/index.html#/");
  });
});
