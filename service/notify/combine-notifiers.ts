import type { ProgressNotifier } from "./progress-notifier.port.js";

/** One notifier that tells several (Teams cards, report emails); one failing never stops the others. */
export function combineNotifiers(...notifiers: ProgressNotifier[]): ProgressNotifier {
  return {
    async jobChanged(job, customerName) {
      const results = await Promise.allSettled(notifiers.map((n) => n.jobChanged(job, customerName)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
    },
  };
}
