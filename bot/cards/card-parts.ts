import type { ActionData, AdaptiveCard, CardObject, TextColor } from "./card-types.js";

/** Options for {@link text}. */
export interface TextOptions {
  subtle?: boolean;
  color?: TextColor;
  weight?: "default" | "bolder";
  size?: "small" | "default" | "medium" | "large";
  spacing?: "none" | "small" | "default" | "medium" | "large";
  separator?: boolean;
}

/** The card envelope every builder returns, so version and schema are set in one place. */
export function adaptiveCard(body: CardObject[], actions: CardObject[] = [], fallbackText?: string): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    version: "1.5",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    ...(fallbackText ? { fallbackText } : {}),
    body,
    actions,
  };
}

/** A wrapping TextBlock (markdown allowed: pass names and other outside text through {@link plain}). */
export function text(value: string, options: TextOptions = {}): CardObject {
  return {
    type: "TextBlock",
    text: value,
    wrap: true,
    ...(options.subtle ? { isSubtle: true } : {}),
    ...(options.color ? { color: options.color } : {}),
    ...(options.weight ? { weight: options.weight } : {}),
    ...(options.size ? { size: options.size } : {}),
    ...(options.spacing ? { spacing: options.spacing } : {}),
    ...(options.separator ? { separator: true } : {}),
  };
}

/** A card's title line. */
export function heading(value: string, color?: TextColor): CardObject {
  return text(value, { size: "medium", weight: "bolder", ...(color ? { color } : {}) });
}

/** Label/value pairs; pairs whose value is missing are left out rather than shown empty. */
export function facts(pairs: ReadonlyArray<readonly [string, string | null | undefined]>): CardObject {
  return {
    type: "FactSet",
    facts: pairs.filter((pair): pair is readonly [string, string] => !!pair[1]).map(([title, value]) => ({ title, value })),
  };
}

/** A button that opens a link (the tab, a deep link). */
export function openUrl(title: string, url: string): CardObject {
  return { type: "Action.OpenUrl", title, url };
}

/**
 * A button that runs a bot verb: Action.Execute (the card is replaced in place) with an Action.Submit
 * fallback carrying the same data for clients without Universal Actions.
 */
export function execute(title: string, data: ActionData, style?: "positive" | "destructive"): CardObject {
  const styled = style ? { style } : {};
  return { type: "Action.Execute", title, verb: data.verb, data, ...styled, fallback: { type: "Action.Submit", title, data, ...styled } };
}

/** Buttons placed inside the body (next to what they act on) rather than at the card's foot. */
export function actionSet(actions: CardObject[]): CardObject {
  return { type: "ActionSet", actions };
}

/** Text from outside (names, emails, error messages) with markdown's active characters escaped, so it shows as typed. */
export function plain(value: string): string {
  return value.replace(/[\\`*_~[\]<>]/g, (c) => `\\${c}`).replace(/^(\s*)(#|[-+]|\d+\.)(\s)/, "$1\\$2$3");
}

/** An ISO instant as the card host's own local date and time (the `{{DATE}}`/`{{TIME}}` functions of TextBlock). */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return plain(iso);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `{{DATE(${stamp},SHORT)}} {{TIME(${stamp})}}`;
}
