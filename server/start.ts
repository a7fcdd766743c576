import type { Logger } from "pino";
import { type HeldJob, type JobStored, type WorkItem, advanceJob, holdJob, combineNotifiers, notifyingStep, parkJob, recoverJobs, startJobWorker } from "../service/index.js";
import { createHttpServer } from "./app.js";
import { startAutoSweeper } from "./auto-sweeper.js";
import { composeServices, type AppServices } from "./compose.js";
import type { ServerConfig } from "./config/config.js";
import { seedLocalCustomers } from "./local/seed-customers.js";
import { startReportSender } from "./report-sender.js";
import { withLogContext } from "./telemetry/log-context.js";
import { createLogger } from "./telemetry/logger.js";

/** A running server and how to stop it. */
export interface RunningServer {
  url: string;
  /** The composed services (tests drive the Enable Auto sweep with their own clock through them). */
  services: AppServices;
  close(): Promise<void>;
}

/** Starts the product's server on the validated configuration (seeding local customers in local mode). */
export async function startServer(config: ServerConfig, log: Logger = createLogger(config)): Promise<RunningServer> {
  const services = composeServices(config, log);
  if (config.mode === "local") await seedLocalCustomers(services.deps.customers);
  const server = createHttpServer(services);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const reports = startReportSender(services, log);
  const notifier = combineNotifiers(services.progress, reports.notifier);
  const told = <A extends unknown[], T>(step: (item: WorkItem, stored: JobStored, ...rest: A) => Promise<T>) =>
    notifyingStep(services.deps, notifier, step, (error, item) => log.warn({ err: error, jobId: item.jobId }, "progress not told"));
  const context = (item: WorkItem) => ({ jobId: item.jobId, customerId: item.customerId });
  const advance = told((item, stored, held: HeldJob) => withLogContext(context(item), () => advanceJob(services.deps, item, stored, held)));
  const park = told((item, stored, error: unknown) => withLogContext(context(item), () => parkJob(services.deps, item, error, stored)));
  const worker = startJobWorker(services.queue, advance, park, log, {
    visibilitySeconds: config.queueVisibilitySeconds,
    laterSeconds: Math.max(1, Math.ceil(config.pollSeconds)),
    concurrency: config.workerConcurrency,
    hold: holdJob,
  });
  const recovered = await recoverJobs(services.deps, { staleAfterMs: config.queueVisibilitySeconds * 1000 }).catch((error) => {
    log.warn({ err: error }, "job recovery failed");
    return 0;
  });
  if (recovered > 0) log.info({ recovered }, "re-queued unfinished jobs");
  const sweeper = startAutoSweeper(services, log);
  const address = server.address();
  const url = `http://localhost:${address.port}`;
  log.info({ url, mode: config.mode }, "Backup365 for Teams is listening");
  return {
    url,
    services,
    close: async () => {
      sweeper.stop();
      await worker.stop();
      await services.progress.flush();
      await reports.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeIdleConnections();
      });
    },
  };
}

export { createLogger } from "./telemetry/logger.js";
