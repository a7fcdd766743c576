import type { ConsentOutcome } from "../../../contract/index.js";

/** Where the tab runs: inside Microsoft Teams, or a plain browser with the local sign-in. */
export type HostKind = "teams" | "browser";

/** The three Teams themes; a browser maps prefers-color-scheme / forced-colors onto them. */
export type HostTheme = "light" | "dark" | "contrast";

/** Optional inputs of {@link Host.authenticate}. */
export interface AuthenticateOptions {
  /** Only an outcome for this customer ends the wait (a stray popup for another customer is ignored). */
  customerId?: string;
}

/** The one seam between the app and its surroundings, so screens never touch teams-js or window.open. */
export interface Host {
  readonly kind: HostKind;
  /** A bearer token for /api, or null when the staff member must sign in first (browser only). */
  getToken(): Promise<string | null>;
  /** Drops a token the server refused, so the next start shows the sign-in screen. */
  forgetToken(): void;
  /** Opens the consent popup at `url` and resolves with what it reported; never rejects. */
  authenticate(url: string, options?: AuthenticateOptions): Promise<ConsentOutcome>;
  readonly theme: HostTheme;
  /** Calls `cb` on every theme change; returns an unsubscribe function. */
  onThemeChange(cb: (theme: HostTheme) => void): () => void;
}
