import { app, authentication } from "@microsoft/teams-js";
import type { ConsentOutcome } from "../../../contract/index.js";

/** How the outcome left this window. */
export type ReportChannel = "teams" | "opener" | "none";

const teamsTimeoutMs = 3000;
const closeDelayMs = 1500;

/**
 * Hands the outcome to whoever opened the popup. A same-origin opener that marked itself
 * `data-b365-host="browser"` gets a postMessage at once (no Teams wait); otherwise Teams is tried,
 * then any same-origin opener.
 */
export async function reportOutcome(outcome: ConsentOutcome): Promise<ReportChannel> {
  const opener = sameOriginOpener();
  if (opener && opener.document.documentElement.dataset.b365Host === "browser") return postToOpener(opener, outcome);
  if (await initializeTeams()) {
    const result = JSON.stringify(outcome);
    if (outcome.ok) authentication.notifySuccess(result);
    else authentication.notifyFailure(result);
    return "teams";
  }
  return opener ? postToOpener(opener, outcome) : "none";
}

function postToOpener(opener: Window, outcome: ConsentOutcome): ReportChannel {
  opener.postMessage(outcome, window.location.origin);
  setTimeout(() => window.close(), closeDelayMs);
  return "opener";
}

function sameOriginOpener(): Window | null {
  try {
    const opener = window.opener as Window | null;
    return opener && !opener.closed && opener.location.origin === window.location.origin ? opener : null;
  } catch {
    return null; // A cross-origin opener (Teams itself) cannot be read.
  }
}

async function initializeTeams(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      app.initialize(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("Teams did not answer")), teamsTimeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
