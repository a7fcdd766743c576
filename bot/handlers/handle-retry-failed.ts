import { assertAllowed, getCustomer, retryFailed, type Staff } from "../../service/index.js";
import { buildJobStartedCard } from "../cards/job-started.card.js";
import type { Reply } from "../turn.js";
import type { BotDeps } from "./bot-deps.js";
import { replyForError } from "./error-reply.js";

/** A progress card's "Retry failed": a new job for the users of that job that are failed now. */
export async function handleRetryFailed(deps: BotDeps, staff: Staff, customerId: string, jobId: string): Promise<Reply> {
  try {
    assertAllowed(staff, "enableUsers");
    const customer = await getCustomer(deps, staff, customerId);
    const started = await retryFailed(deps, staff, customer.id, jobId);
    const url = deps.tabLinks.customer(customer.id, "mailboxes");
    return { card: buildJobStartedCard(started.job, customer.name, url, { joined: started.joined, what: "Failed users again" }) };
  } catch (error) {
    return replyForError(error);
  }
}
