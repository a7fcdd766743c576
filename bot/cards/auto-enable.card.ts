import { DateTime } from "luxon";
import { adaptiveCard, facts, heading, localDateTime, openUrl, plain, text } from "./card-parts.js";
import type { AdaptiveCard } from "./card-types.js";

/** What {@link buildAutoEnableCard} shows: the customer, the switch's new state and, when on, the next run. */
export interface AutoEnableState {
  customerName: string;
  on: boolean;
  /** The next 20:00 Australia/Sydney run (ISO), when on. */
  nextRunAt: string | null;
  /** True when the switch already stood this way. */
  unchanged: boolean;
}

/** Enable Auto turned on or off from chat: the guide's words, and the next run in Sydney time and the reader's own. */
export function buildAutoEnableCard(state: AutoEnableState, url: string): AdaptiveCard {
  const title = `Enable Auto is ${state.on ? "on" : "off"} for ${plain(state.customerName)}`;
  const body = [
    heading(title, state.on ? "good" : "default"),
    text(
      state.on
        ? "Every user listed now, and every user created later, is turned on at 8 pm Sydney time each night."
        : "New users are no longer turned on automatically. Users already enabled stay protected.",
    ),
  ];
  if (state.on && state.nextRunAt) {
    const sydney = DateTime.fromISO(state.nextRunAt, { zone: "Australia/Sydney" });
    body.push(facts([["Next run (Sydney)", sydney.toFormat("ccc d LLL yyyy, h:mm a")], ["Next run (your time)", localDateTime(state.nextRunAt)]]));
  }
  if (state.unchanged) body.push(text("It was already like this; nothing changed.", { subtle: true, size: "small" }));
  return adaptiveCard(body, [openUrl(`Open ${state.customerName} in Backup365`, url)], title);
}
