import { getCustomer, listCustomers, type Customer, type Staff } from "../../service/index.js";
import { buildAmbiguousCard } from "../cards/ambiguous.card.js";
import { buildErrorCard } from "../cards/error.card.js";
import { openUrl } from "../cards/card-parts.js";
import type { CustomerCommand } from "../commands/command.js";
import { matchCustomer } from "../commands/match-customer.js";
import type { Reply } from "../turn.js";
import type { BotDeps, HandlerOptions } from "./bot-deps.js";

/** The customer a command is about, or the reply to send instead (which one? / no such customer). */
export type FoundCustomer = { kind: "found"; customer: Customer } | { kind: "reply"; reply: Reply };

/** Resolves a command's customer: by the ID a card button carried, else by forgiving name matching. */
export async function findCustomer(deps: BotDeps, staff: Staff, command: CustomerCommand, options: HandlerOptions = {}): Promise<FoundCustomer> {
  if (options.customerId) return { kind: "found", customer: await getCustomer(deps, staff, options.customerId) };
  const match = matchCustomer(command.customer, await listCustomers(deps, staff));
  if (match.kind === "one") return { kind: "found", customer: match.customer };
  if (match.kind === "many") return { kind: "reply", reply: { card: buildAmbiguousCard(command.customer, match.candidates, command) } };
  if (match.suggestions.length > 0) {
    return { kind: "reply", reply: { card: buildAmbiguousCard(command.customer, match.suggestions, command, { noMatch: true }) } };
  }
  const card = buildErrorCard(`No customer is called "${command.customer}". Type "customers" to see them all.`, {
    title: "No such customer",
    actions: [openUrl("Open in Backup365", deps.tabLinks.customers())],
  });
  return { kind: "reply", reply: { card } };
}
