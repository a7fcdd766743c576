import { assertAllowed, type Staff } from "../../service/index.js";
import type { CommandRequest } from "../commands/card-action.js";
import { commandTable } from "../commands/command-table.js";
import type { Command, CommandKind } from "../commands/command.js";
import type { Reply } from "../turn.js";
import type { BotDeps, HandlerOptions } from "./bot-deps.js";
import { replyForError } from "./error-reply.js";
import { handleAuto } from "./handle-auto.js";
import { handleCustomers } from "./handle-customers.js";
import { handleEnable } from "./handle-enable.js";
import { handleHelp } from "./handle-help.js";
import { handleProvision } from "./handle-provision.js";
import { handleStatus } from "./handle-status.js";
import { handleTabOnly } from "./handle-tab-only.js";
import { handleUnknown } from "./handle-unknown.js";

type Handler<C extends Command> = (deps: BotDeps, staff: Staff, command: C, options: HandlerOptions) => Promise<Reply>;

/** The chat handler of each command that chat can run; a command marked `availableInChat` needs one here. */
export const chatHandlers: { [K in CommandKind]?: Handler<Extract<Command, { kind: K }>> } = {
  help: handleHelp,
  customers: handleCustomers,
  status: handleStatus,
  enable: handleEnable,
  auto: handleAuto,
  provision: handleProvision,
};

/**
 * Runs one command for one staff member: role check first (a viewer asking to act is refused),
 * then its chat handler, or, while chat cannot do it yet, a card naming the tab's button.
 */
export async function handleCommand(deps: BotDeps, staff: Staff, request: CommandRequest): Promise<Reply> {
  const { command } = request;
  const options: HandlerOptions = request.customerId ? { customerId: request.customerId } : {};
  try {
    if (command.kind === "unknown") return await handleUnknown(deps, staff, command);
    const info = commandTable[command.kind];
    assertAllowed(staff, info.action);
    const handler = info.availableInChat ? (chatHandlers[command.kind] as Handler<typeof command> | undefined) : undefined;
    if (handler) return await handler(deps, staff, command, options);
    if ("customer" in command) return await handleTabOnly(deps, staff, command, info, options);
    throw new Error(`No chat handler for "${command.kind}"`);
  } catch (error) {
    return replyForError(error);
  }
}
