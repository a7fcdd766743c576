import { assertAllowed, getCustomer, type Staff } from "../../service/index.js";
import { buildTabOnlyCard } from "../cards/tab-only.card.js";
import { commandTable } from "../commands/command-table.js";
import type { Reply } from "../turn.js";
import type { BotDeps } from "./bot-deps.js";
import { replyForError } from "./error-reply.js";

/** A progress card's "Retry failed": enabling users again is the tab's Enable until the retry use case exists. */
export async function handleRetryFailed(deps: BotDeps, staff: Staff, customerId: string): Promise<Reply> {
  try {
    const info = commandTable.enable;
    assertAllowed(staff, info.action);
    const customer = await getCustomer(deps, staff, customerId);
    return { card: buildTabOnlyCard(info, customer.name, deps.tabLinks.customer(customer.id, info.tabPage)) };
  } catch (error) {
    return replyForError(error);
  }
}
