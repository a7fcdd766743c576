import { provisionSites, type ReportingOptions, type Staff } from "../../service/index.js";
import { buildJobStartedCard } from "../cards/job-started.card.js";
import type { Command } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps, HandlerOptions } from "./bot-deps.js";
import { findCustomer } from "./find-customer.js";

/**
 * `provision <customer>`: starts (or joins) SharePoint / OneDrive provisioning. Reports go to the asker's own
 * address with the tab's defaults (progress on each change, and the completion summary); the tab can choose others.
 */
export async function handleProvision(deps: BotDeps, staff: Staff, command: Extract<Command, { kind: "provision" }>, options: HandlerOptions = {}): Promise<Reply> {
  const found = await findCustomer(deps, staff, command, options);
  if (found.kind === "reply") return found.reply;
  const { customer } = found;
  const reporting: ReportingOptions = { reports: ["progress", "completion"], cadence: "eachChange", emails: [staff.userPrincipalName.toLowerCase()] };
  const started = await provisionSites(deps, staff, customer.id, reporting);
  const url = deps.tabLinks.customer(customer.id, "sharepoint");
  const to = started.job.reporting?.emails.join(", ") ?? reporting.emails.join(", ");
  return { card: buildJobStartedCard(started.job, customer.name, url, { joined: started.joined, what: "SharePoint sites and OneDrive drives", action: "Provision", reportsTo: to }) };
}
