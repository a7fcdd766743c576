import type { Job, ProgressCardSender } from "../../service/index.js";
import type { TeamsBot } from "../adapter/teams-bot.adapter.js";
import { buildProgressCard, type ProvisioningProgress } from "../cards/progress.card.js";
import type { TabLinks } from "../cards/tab-links.js";
import { withConnectorRetry } from "./connector-retry.js";

/** The Teams side of progress: the job's card posted proactively into a stored conversation, then edited in place. */
export function createTeamsProgressSender(bot: Pick<TeamsBot, "postCard" | "updateCard">, links: TabLinks): ProgressCardSender {
  return {
    post: (conversation, job, customerName) => withConnectorRetry(() => bot.postCard(conversation, buildProgressCard(progressOf(job, customerName), links))),
    update: (conversation, activityId, job, customerName) =>
      withConnectorRetry(() => bot.updateCard(conversation, activityId, buildProgressCard(progressOf(job, customerName), links))),
  };
}

/** A job as its progress card shows it. */
export function progressOf(job: Job, customerName: string): ProvisioningProgress {
  return {
    id: job.id,
    customerId: job.customerId,
    customerName,
    workload: job.kind === "provisionSites" ? "sharepoint" : "mailboxes",
    status: job.status,
    counts: job.counts,
    failures: job.failures,
    pausedReason: job.pausedReason,
    protectionCheck: job.driftCorrected === undefined ? null : { corrected: job.driftCorrected },
    updatedAt: job.updatedAt,
  };
}
