import type { AdaptiveCard } from "./cards/card-types.js";

/** One incoming turn, stripped of the Bot Framework: what the handlers see, whatever SDK carried it. */
export interface IncomingTurn {
  /** A typed message (an Action.Submit arrives as one, with `value`), or an Action.Execute press to answer in place. */
  kind: "message" | "cardAction";
  text: string;
  /** A button's data: Action.Submit's `value`, or Action.Execute's `action.data` with its `verb`. */
  value?: unknown;
  from: { id: string; aadObjectId?: string; name?: string };
  conversation: { id: string; conversationType?: string };
  /** The Entra tenant the message came from (Teams' channelData.tenant.id). */
  tenantId?: string;
}

/** What the bot answers: a card (a new message, or the replacement of the card whose button was pressed) or a line of text. */
export type Reply = { card: AdaptiveCard } | { text: string };
