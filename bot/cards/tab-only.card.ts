import type { CommandInfo } from "../commands/command-table.js";
import { adaptiveCard, heading, openUrl, plain, text } from "./card-parts.js";
import type { AdaptiveCard } from "./card-types.js";

/** Says a command works from the tab today, names the tab's button, and opens the tab where that button is. */
export function buildTabOnlyCard(info: CommandInfo, customerName: string, url: string): AdaptiveCard {
  const button = info.tabButton ?? "the tab";
  return adaptiveCard(
    [
      heading(`${button} works from the Backup365 tab for now`),
      text(`Use **${button}** in the Backup365 tab for ${plain(customerName)}.`),
      text("Chat can look things up today; changes are made in the tab.", { subtle: true }),
    ],
    [openUrl(`Open ${customerName} in Backup365`, url)],
    `Use ${button} in the Backup365 tab for ${customerName}.`,
  );
}
