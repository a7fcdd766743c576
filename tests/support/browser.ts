import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { registerTeardown } from "./teardown.js";

let shared: Promise<Browser> | undefined;

/** Debian's headless Chromium, one per mocha run (a fresh temporary profile), with the flags that keep it off the network. */
export function sharedChromium(): Promise<Browser> {
  shared ??= (async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    registerTeardown(() => browser.close());
    return browser;
  })();
  return shared;
}

/** Where screenshots of a test run are kept. */
export const screenshotDir = path.resolve("test-output/screenshots");
