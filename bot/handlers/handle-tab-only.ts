import type { Staff } from "../../service/index.js";
import { buildTabOnlyCard } from "../cards/tab-only.card.js";
import type { CommandInfo } from "../commands/command-table.js";
import type { CustomerCommand } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps, HandlerOptions } from "./bot-deps.js";
import { findCustomer } from "./find-customer.js";

/** A command chat cannot run yet: finds the customer anyway, then points at the tab's button on that customer's page. */
export async function handleTabOnly(deps: BotDeps, staff: Staff, command: CustomerCommand, info: CommandInfo, options: HandlerOptions = {}): Promise<Reply> {
  const found = await findCustomer(deps, staff, command, options);
  if (found.kind === "reply") return found.reply;
  const url = deps.tabLinks.customer(found.customer.id, info.tabPage ?? "mailboxes");
  return { card: buildTabOnlyCard(info, found.customer.name, url) };
}
