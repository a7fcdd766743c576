import { enableUsers, findTenantUser, type EnableSelection, type Staff } from "../../service/index.js";
import { buildJobStartedCard } from "../cards/job-started.card.js";
import type { Command } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps, HandlerOptions } from "./bot-deps.js";
import { findCustomer } from "./find-customer.js";

/** `enable <customer> all|<user>`: starts (or joins) an enable job; its progress card follows in the chat. */
export async function handleEnable(deps: BotDeps, staff: Staff, command: Extract<Command, { kind: "enable" }>, options: HandlerOptions = {}): Promise<Reply> {
  const found = await findCustomer(deps, staff, command, options);
  if (found.kind === "reply") return found.reply;
  const { customer } = found;
  let selection: EnableSelection = { all: true };
  let what = "All users";
  if ("user" in command.target) {
    const user = await findTenantUser(deps, staff, customer.id, command.target.user);
    selection = { userIds: [user.id] };
    what = user.userPrincipalName;
  }
  const started = await enableUsers(deps, staff, customer.id, selection);
  const url = deps.tabLinks.customer(customer.id, "mailboxes");
  return { card: buildJobStartedCard(started.job, customer.name, url, { joined: started.joined, what }) };
}
