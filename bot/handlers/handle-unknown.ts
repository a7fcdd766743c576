import type { Staff } from "../../service/index.js";
import { buildHelpCard } from "../cards/help.card.js";
import type { Command } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps } from "./bot-deps.js";

/** Input the parser could not read: what was missing, then a short list of what works. */
export async function handleUnknown(_deps: BotDeps, staff: Staff, command: Extract<Command, { kind: "unknown" }>): Promise<Reply> {
  return { card: buildHelpCard({ role: staff.role, reason: command.reason, compact: true }) };
}
