import type { Staff } from "../../service/index.js";
import { buildHelpCard } from "../cards/help.card.js";
import type { Command } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps } from "./bot-deps.js";

/** `help`: the commands, marked for the asker's role. */
export async function handleHelp(_deps: BotDeps, staff: Staff, _command: Extract<Command, { kind: "help" }>): Promise<Reply> {
  return { card: buildHelpCard({ role: staff.role }) };
}
