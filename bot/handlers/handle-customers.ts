import { listCustomers, type Staff } from "../../service/index.js";
import { buildCustomersCard } from "../cards/customers.card.js";
import type { Command } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps } from "./bot-deps.js";

/** `customers`: the MSP's customers with where each is up to. */
export async function handleCustomers(deps: BotDeps, staff: Staff, _command: Extract<Command, { kind: "customers" }>): Promise<Reply> {
  return { card: buildCustomersCard(await listCustomers(deps, staff), deps.tabLinks) };
}
