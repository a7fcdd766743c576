import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import { runAutoSweep } from "../service/index.js";
import type { AppServices } from "./compose.js";

/** Ticks the Enable Auto sweep now (catch-up after downtime) and every `sweepTickSeconds`; the lease picks one instance. */
export function startAutoSweeper(services: AppServices, log: Logger): { stop(): void } {
  const holder = `instance-${randomUUID()}`;
  const tick = async (): Promise<void> => {
    try {
      const result = await runAutoSweep({ ...services.deps, leases: services.leases }, holder);
      if (result.ran) log.info(result, "Enable Auto sweep ran");
    } catch (error) {
      log.warn({ err: error }, "Enable Auto sweep failed; the next tick tries again");
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), services.config.sweepTickSeconds * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
