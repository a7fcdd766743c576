import type { Job } from "../../service/index.js";
import { adaptiveCard, heading, openUrl, plain, text } from "./card-parts.js";
import type { AdaptiveCard } from "./card-types.js";

/** Options for {@link buildJobStartedCard}. */
export interface JobStartedCardOptions {
  /** True when an unfinished All job was already running and this request joined it. */
  joined?: boolean;
  /** Who is being enabled, in words ("All users", "megan@…"). */
  what?: string;
}

/** Says an enable job started (or was joined) and that its progress card follows in this chat. */
export function buildJobStartedCard(job: Pick<Job, "id">, customerName: string, url: string, options: JobStartedCardOptions = {}): AdaptiveCard {
  const title = options.joined ? `Enable is already running for ${customerName}` : `Enable started for ${customerName}`;
  const what = options.what ? `${plain(options.what)}: ` : "";
  return adaptiveCard(
    [
      heading(title, "accent"),
      text(`${what}${options.joined ? "you joined the job that is running." : "the job is queued."} A progress card follows in this chat and is updated as users are protected.`),
      text(`Job ${plain(job.id)}`, { subtle: true, size: "small" }),
    ],
    [openUrl(`Open ${customerName} in Backup365`, url)],
    `${title}. A progress card follows.`,
  );
}
