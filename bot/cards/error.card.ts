import { adaptiveCard, heading, plain, text } from "./card-parts.js";
import type { AdaptiveCard, CardObject } from "./card-types.js";

/** Options for {@link buildErrorCard}. */
export interface ErrorCardOptions {
  /** The title line; says what kind of "no" it is. */
  title?: string;
  /** Buttons that lead on (open the tab, sign in). */
  actions?: CardObject[];
}

/** A plain-words "that did not work" with what to do about it (the message is shown as given, markdown escaped). */
export function buildErrorCard(message: string, options: ErrorCardOptions = {}): AdaptiveCard {
  const title = options.title ?? "That didn't work";
  return adaptiveCard([heading(title, "attention"), text(plain(message))], options.actions ?? [], `${title}: ${message}`);
}
