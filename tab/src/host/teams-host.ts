import { app, authentication } from "@microsoft/teams-js";
import type { ConsentOutcome } from "../../../contract/index.js";
import {
  consentFailedOutcome,
  parseConsentOutcome,
  popupBlockedOutcome,
  popupClosedOutcome,
} from "./consent-outcomes.js";
import type { Host, HostTheme } from "./host.js";

/** The tab inside Teams (after app.initialize succeeded): SSO token, Teams popup, Teams theme. */
export async function createTeamsHost(): Promise<Host> {
  let theme: HostTheme = "light";
  try {
    theme = toHostTheme((await app.getContext()).app.theme);
  } catch {
    // Keep the light theme if Teams does not give us a context.
  }
  const listeners = new Set<(theme: HostTheme) => void>();
  app.registerOnThemeChangeHandler((next) => {
    theme = toHostTheme(next);
    for (const cb of listeners) cb(theme);
  });

  return {
    kind: "teams",
    getToken: () => authentication.getAuthToken(),
    forgetToken: () => undefined,
    authenticate: (url, options = {}) => authenticateInTeams(url, options.customerId),
    get theme() {
      return theme;
    },
    onThemeChange: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}

async function authenticateInTeams(url: string, customerId = ""): Promise<ConsentOutcome> {
  const fullUrl = new URL(url, window.location.href).href;
  try {
    const result = await authentication.authenticate({ url: fullUrl, width: 600, height: 720 });
    return parseConsentOutcome(result) ?? consentFailedOutcome("The Authorise window gave no readable result.", customerId);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const reported = parseConsentOutcome(reason);
    if (reported) return reported;
    if (reason === "CancelledByUser") return popupClosedOutcome(customerId);
    if (reason === "FailedToOpenWindow") return popupBlockedOutcome(customerId);
    return consentFailedOutcome(reason || "Authorise did not finish.", customerId);
  }
}

function toHostTheme(teamsTheme: string | undefined): HostTheme {
  if (teamsTheme === "dark") return "dark";
  if (teamsTheme === "contrast") return "contrast";
  return "light";
}
