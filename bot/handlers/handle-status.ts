import type { Staff } from "../../service/index.js";
import { buildStatusCard } from "../cards/status.card.js";
import type { Command } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps, HandlerOptions } from "./bot-deps.js";
import { findCustomer } from "./find-customer.js";

/** `status <customer>`: one customer's tenant, connection and next step. */
export async function handleStatus(deps: BotDeps, staff: Staff, command: Extract<Command, { kind: "status" }>, options: HandlerOptions = {}): Promise<Reply> {
  const found = await findCustomer(deps, staff, command, options);
  return found.kind === "reply" ? found.reply : { card: buildStatusCard(found.customer, deps.tabLinks) };
}
