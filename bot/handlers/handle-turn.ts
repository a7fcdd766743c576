import { buildErrorCard } from "../cards/error.card.js";
import { buildSignInCard } from "../cards/sign-in.card.js";
import { readCardData } from "../commands/card-action.js";
import { parseCommand } from "../commands/parse-command.js";
import { staffFromActivity } from "../identity/staff-from-activity.js";
import type { IncomingTurn, Reply } from "../turn.js";
import type { BotDeps } from "./bot-deps.js";
import { handleCommand } from "./handle-command.js";
import { handleRetryFailed } from "./handle-retry-failed.js";

/**
 * The bot's whole behaviour as one function for the adapter: who is asking (or "sign in to the tab once"),
 * then a button's data or the typed text, to a reply.
 */
export function createTurnHandler(deps: BotDeps): (turn: IncomingTurn) => Promise<Reply> {
  return async (turn) => {
    const staff = await staffFromActivity(deps.staffDirectory, turn);
    if (!staff) return { card: buildSignInCard(deps.tabLinks.customers()) };
    if (turn.value !== undefined && turn.value !== null) {
      const card = readCardData(turn.value);
      if (card?.kind === "retryFailed") return handleRetryFailed(deps, staff, card.customerId, card.jobId);
      if (card) return handleCommand(deps, staff, card.request);
      if (turn.kind === "cardAction" || !turn.text.trim()) {
        return { card: buildErrorCard("That button is from an older card I can no longer read. Type the command again, or \"help\".") };
      }
    }
    return handleCommand(deps, staff, { command: parseCommand(turn.text) });
  };
}
