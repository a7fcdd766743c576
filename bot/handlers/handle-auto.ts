import { nextAutoRun, setAutoEnable, type Staff } from "../../service/index.js";
import { buildAutoEnableCard } from "../cards/auto-enable.card.js";
import type { Command } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps, HandlerOptions } from "./bot-deps.js";
import { findCustomer } from "./find-customer.js";

/** `auto on|off <customer>`: the same switch as the tab's Enable Auto (authorised customers; admins and operators). */
export async function handleAuto(deps: BotDeps, staff: Staff, command: Extract<Command, { kind: "auto" }>, options: HandlerOptions = {}): Promise<Reply> {
  const found = await findCustomer(deps, staff, command, options);
  if (found.kind === "reply") return found.reply;
  const before = found.customer.autoEnable;
  const saved = await setAutoEnable(deps, staff, found.customer.id, command.on);
  const nextRunAt = saved.autoEnable ? nextAutoRun(deps.clock.now()).toISOString() : null;
  const url = deps.tabLinks.customer(saved.id, "mailboxes");
  return { card: buildAutoEnableCard({ customerName: saved.name, on: saved.autoEnable, nextRunAt, unchanged: before === command.on }, url) };
}
