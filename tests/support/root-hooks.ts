import { runTeardown } from "./teardown.js";

/** mocha root hooks: shared infrastructure (Azurite, devtenant, Chromium) stops once, after the last test. */
export const mochaHooks = {
  async afterAll(): Promise<void> {
    await runTeardown();
  },
};
