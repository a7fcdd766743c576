import type { StaffRole } from "../../service/index.js";
import { commandKinds, commandTable } from "../commands/command-table.js";
import { adaptiveCard, heading, plain, text } from "./card-parts.js";
import type { AdaptiveCard, CardObject } from "./card-types.js";

/** Options for {@link buildHelpCard}. */
export interface HelpCardOptions {
  /** The asker's role: a viewer is told which commands only look. */
  role?: StaffRole;
  /** Why help is shown instead of an answer (the message was not understood). */
  reason?: string;
  /** Usage lines only, for the short reply to unknown input. */
  compact?: boolean;
}

/** What the bot understands, one line each; marks what a viewer may not do and what still runs from the tab. */
export function buildHelpCard(options: HelpCardOptions = {}): AdaptiveCard {
  const viewer = options.role === "viewer";
  const body: CardObject[] = [];
  if (options.reason) body.push(text(plain(options.reason), { color: "warning" }));
  body.push(heading(options.compact ? "Try one of these" : "Backup365: what I can do"));
  for (const kind of commandKinds) {
    const info = commandTable[kind];
    const notes = [
      viewer ? (info.action === "view" ? "read-only" : "operators and admins only") : null,
      info.availableInChat ? null : `in the tab for now: ${info.tabButton ?? "the tab"}`,
    ].filter(Boolean);
    const suffix = notes.length > 0 ? ` _(${notes.join("; ")})_` : "";
    const usage = usageMarkup(info.usage);
    body.push(text(options.compact ? `${usage}${suffix}` : `${usage}: ${info.description}${suffix}`, { spacing: "small" }));
  }
  if (viewer) body.push(text("Your role is viewer: you can look, not change anything.", { subtle: true, separator: true }));
  if (!options.compact) body.push(text("Customer names can be short or slightly misspelt: I'll ask when more than one fits.", { subtle: true, spacing: "medium" }));
  return adaptiveCard(body, [], "Commands: help, customers, status, enable, auto, provision");
}

/** "status <customer>" as "**status** _customer_": the command word bold, placeholders in italics (no angle brackets to escape). */
function usageMarkup(usage: string): string {
  const [word = "", ...rest] = usage.split(" ");
  return [`**${word}**`, ...rest.map((part) => part.replace(/^<(.+)>$/, "_$1_"))].join(" ");
}
