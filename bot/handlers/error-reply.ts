import { isAppError } from "../../service/index.js";
import { buildErrorCard } from "../cards/error.card.js";
import type { Reply } from "../turn.js";

const titles: Record<string, string> = {
  "STAFF.FORBIDDEN": "Not allowed for your role",
  "CUSTOMER.NOT_FOUND": "No such customer",
  "USERS.UNKNOWN": "No such user",
};

/** The card for an error the service raised on purpose (its plain-words message); anything else is rethrown. */
export function replyForError(error: unknown): Reply {
  if (!isAppError(error)) throw error;
  return { card: buildErrorCard(error.userMessage, { title: titles[error.code] ?? "That didn't work" }) };
}
