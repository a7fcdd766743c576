import { adaptiveCard, heading, openUrl, text } from "./card-parts.js";
import type { AdaptiveCard } from "./card-types.js";

/** For someone the bot cannot place: their role comes from signing in to the tab, never from a guess. */
export function buildSignInCard(tabUrl: string): AdaptiveCard {
  return adaptiveCard(
    [
      heading("Sign in to the Backup365 tab once"),
      text("Sign in to the Backup365 tab once so we know your role. Then ask me again."),
      text("Only staff of your organisation with a Backup365 role can use this bot.", { subtle: true }),
    ],
    [openUrl("Open Backup365", tabUrl)],
    "Sign in to the Backup365 tab once so we know your role.",
  );
}
