import { buildAmbiguousCard } from "../../../bot/cards/ambiguous.card.js";
import { buildAutoEnableCard } from "../../../bot/cards/auto-enable.card.js";
import { buildJobStartedCard } from "../../../bot/cards/job-started.card.js";
import type { AdaptiveCard } from "../../../bot/cards/card-types.js";
import { buildCustomersCard } from "../../../bot/cards/customers.card.js";
import { buildErrorCard } from "../../../bot/cards/error.card.js";
import { buildHelpCard } from "../../../bot/cards/help.card.js";
import { buildProgressCard, type ProvisioningProgress } from "../../../bot/cards/progress.card.js";
import { buildSignInCard } from "../../../bot/cards/sign-in.card.js";
import { buildStatusCard } from "../../../bot/cards/status.card.js";
import { buildTabOnlyCard } from "../../../bot/cards/tab-only.card.js";
import { tabLinksFromBase } from "../../../bot/cards/tab-links.js";
import { commandTable } from "../../../bot/commands/command-table.js";
import { sampleCustomers } from "./sample-customers.js";

/** The tab's address in the samples. */
export const links = tabLinksFromBase("https://backup365.example/tab/index.html");

/** A job's progress at a given state, with as many failures as asked for. */
export function sampleProgress(status: ProvisioningProgress["status"], failed = 0): ProvisioningProgress {
  const running = status === "running" || status === "queued" || status === "paused";
  return {
    id: "job-1",
    customerId: "c-contoso",
    customerName: "Contoso",
    workload: "mailboxes",
    status,
    counts: { total: 50, protected: running ? 21 : 50 - failed, pending: running ? 29 - failed : 0, failed },
    failures: Array.from({ length: failed }, (_, i) => ({ displayName: `user${i + 1}@contoso.com`, message: "Mailbox not licensed for backup." })),
    updatedAt: "2025-03-04T10:15:00Z",
  };
}

/** Every card the bot builds, in the states worth seeing, by a file-safe name. */
export function sampleCards(): Record<string, AdaptiveCard> {
  const customers = sampleCustomers();
  const [wingtip, contoso, fabrikam, northwind1, northwind2] = customers as [typeof customers[0], typeof customers[0], typeof customers[0], typeof customers[0], typeof customers[0]];
  return {
    "help-operator": buildHelpCard({ role: "operator" }),
    "help-viewer": buildHelpCard({ role: "viewer" }),
    "help-unknown": buildHelpCard({ role: "operator", reason: "status needs a customer name, like: status Wingtip Toys", compact: true }),
    customers: buildCustomersCard(customers, links),
    "customers-empty": buildCustomersCard([], links),
    "status-connected": buildStatusCard(contoso, links),
    "status-on-file": buildStatusCard(wingtip, links),
    "status-consent-error": buildStatusCard(fabrikam, links),
    "status-tenant-needed": buildStatusCard(northwind1, links),
    ambiguous: buildAmbiguousCard("northwind", [northwind2, northwind1], { kind: "status", customer: "northwind" }),
    "did-you-mean": buildAmbiguousCard("wngtp", [wingtip], { kind: "enable", customer: "wngtp", target: { all: true } }, { noMatch: true }),
    error: buildErrorCard("Your role (viewer) can look but not change anything. Ask an admin or operator.", { title: "Not allowed for your role" }),
    "tab-only": buildTabOnlyCard(commandTable.enable, "Wingtip Toys", links.customer("c-wingtip")),
    "sign-in": buildSignInCard(links.customers()),
    "progress-running": buildProgressCard(sampleProgress("running", 2), links),
    "progress-done": buildProgressCard(sampleProgress("done"), links),
    "progress-check-night": buildProgressCard({ ...sampleProgress("doneWithErrors", 3), protectionCheck: { corrected: 3 } }, links),
    "progress-sharepoint": buildProgressCard({ ...sampleProgress("queued"), workload: "sharepoint", failures: [] }, links),
    "auto-on": buildAutoEnableCard({ customerName: "Contoso", on: true, nextRunAt: "2026-12-01T09:00:00.000Z", unchanged: false }, links.customer("c-contoso")),
    "auto-off-unchanged": buildAutoEnableCard({ customerName: "Contoso", on: false, nextRunAt: null, unchanged: true }, links.customer("c-contoso")),
    "provision-started": buildJobStartedCard({ id: "job-2" }, "Contoso", links.customer("c-contoso", "sharepoint"), {
      action: "Provision", what: "SharePoint sites and OneDrive drives", reportsTo: "oscar@msp.example",
    }),
    "progress-errors": buildProgressCard(sampleProgress("doneWithErrors", 14), links),
    "progress-paused": buildProgressCard({ ...sampleProgress("paused"), pausedReason: "Microsoft asked us to slow down; resuming in 5 minutes." }, links),
    "progress-empty": buildProgressCard({ ...sampleProgress("running"), counts: { total: 0, protected: 0, pending: 0, failed: 0 } }, links),
  };
}
