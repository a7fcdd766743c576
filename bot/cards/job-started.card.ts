import type { Job } from "../../service/index.js";
import { adaptiveCard, heading, openUrl, plain, text } from "./card-parts.js";
import type { AdaptiveCard } from "./card-types.js";

/** Options for {@link buildJobStartedCard}. */
export interface JobStartedCardOptions {
  /** True when an unfinished All job was already running and this request joined it. */
  joined?: boolean;
  /** Who is being enabled, in words ("All users", "megan@…"). */
  what?: string;
  /** The tab's word for what started: Enable (mailboxes) or Provision (SharePoint / OneDrive). */
  action?: "Enable" | "Provision";
  /** Where report emails go (Provision). */
  reportsTo?: string;
}

/** Says a job started (or was joined) and that its progress card follows in this chat. */
export function buildJobStartedCard(job: Pick<Job, "id">, customerName: string, url: string, options: JobStartedCardOptions = {}): AdaptiveCard {
  const action = options.action ?? "Enable";
  const title = options.joined ? `${action} is already running for ${customerName}` : `${action} started for ${customerName}`;
  const what = options.what ? `${plain(options.what)}: ` : "";
  const items = action === "Provision" ? "sites and drives" : "users";
  return adaptiveCard(
    [
      heading(title, "accent"),
      text(`${what}${options.joined ? "you joined the job that is running." : "the job is queued."} A progress card follows in this chat and is updated as ${items} are protected.`),
      ...(options.reportsTo ? [text(`Report emails go to ${plain(options.reportsTo)}.`, { spacing: "small" })] : []),
      text(`Job ${plain(job.id)}`, { subtle: true, size: "small" }),
    ],
    [openUrl(`Open ${customerName} in Backup365`, url)],
    `${title}. A progress card follows.`,
  );
}
