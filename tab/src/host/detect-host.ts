import { app } from "@microsoft/teams-js";
import { createBrowserHost } from "./browser-host.js";
import type { Host } from "./host.js";
import { createTeamsHost } from "./teams-host.js";

/** Optional inputs of {@link detectHost}. */
export interface DetectHostOptions {
  /** How long to wait for Teams to answer app.initialize(). */
  timeoutMs?: number;
}

/**
 * Teams if app.initialize() answers in time, otherwise a plain browser.
 * Marks <html data-b365-host> so the consent popup can tell which way to report back.
 */
export async function detectHost(options: DetectHostOptions = {}): Promise<Host> {
  const host = (await initializeTeams(options.timeoutMs ?? 4000)) ? await createTeamsHost() : createBrowserHost();
  document.documentElement.dataset.b365Host = host.kind;
  return host;
}

async function initializeTeams(timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("Teams did not answer")), timeoutMs);
  });
  try {
    await Promise.race([app.initialize(), timeout]);
    // Ends Teams' loading indicator when the manifest asks for one; harmless otherwise.
    app.notifySuccess().catch(() => undefined);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
