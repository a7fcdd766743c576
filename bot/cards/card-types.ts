/** An Adaptive Card element or action as plain JSON (the schema, not this type, is the judge of its shape). */
export interface CardObject {
  type: string;
  [property: string]: unknown;
}

/** An Adaptive Card 1.5, as Teams renders it: plain JSON, ready to attach. */
export interface AdaptiveCard {
  type: "AdaptiveCard";
  version: "1.5";
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  /** Shown by clients that cannot render the card (and in notifications). */
  fallbackText?: string;
  body: CardObject[];
  actions: CardObject[];
}

/** The data every button of ours carries; `verb` is repeated in it so the Action.Submit fallback routes the same way. */
export interface ActionData {
  verb: string;
  [field: string]: unknown;
}

/** Colours a TextBlock may take in 1.5. */
export type TextColor = "default" | "dark" | "light" | "accent" | "good" | "warning" | "attention";

/** Background styles a Container or Column may take in 1.5. */
export type ContainerStyle = "default" | "emphasis" | "good" | "attention" | "warning" | "accent";
