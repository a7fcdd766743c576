import { nextAutoRun } from "../service/index.js";
import { devtenantAdmin } from "../tests/support/devtenant-admin.js";
import { measureNight, type NightResult } from "./auto-night.js";
import { growCustomers, type BenchCustomer, type SetupMode } from "./auto-setup.js";
import { startAutoStack } from "./auto-stack.js";
import { log } from "./bounded.js";

/** Options of one Enable Auto bench run: the customer counts to measure at, in rising order, on one growing stack. */
export interface EnableAutoOptions {
  stages: number[];
  users: number;
  newPercent: number;
  latencyMs: number;
  caDir: string;
  /** How customers become "already synced" (default `seed`; `product` runs one All each, fine up to ~50 customers). */
  setup?: SetupMode;
  /** Server processes working the queue during each night (default 1). */
  instances?: number;
  /** The whole run stops by itself after this long (set-up included), keeping the nights measured so far. */
  timeLimitMinutes?: number;
  /** Told after each stage (its set-up and night) and once at the end (why it stopped, if early), to record as it goes. */
  onProgress?: (part: EnableAutoResult) => Promise<void>;
}

/** Set-up time of one stage (connecting and first-syncing the customers added for it). */
export interface SetupResult {
  customers: number;
  added: number;
  seconds: number;
}

/** Every stage measured, and why the run stopped early if it did. */
export interface EnableAutoResult {
  nights: NightResult[];
  setups: SetupResult[];
  stopped: string | null;
}

/**
 * Grows one stack stage by stage (100 → 300 → 1,000 customers …) and measures a night at each: set-up is paid once
 * for the largest count, and each stage's night sweeps every customer connected so far.
 */
export async function benchEnableAuto(options: EnableAutoOptions): Promise<EnableAutoResult> {
  const deadline = Date.now() + (options.timeLimitMinutes ?? 180) * 60_000;
  const stack = await startAutoStack(options.caDir);
  const result: EnableAutoResult = { nights: [], setups: [], stopped: null };
  const newUsers = Math.max(1, Math.round((options.users * options.newPercent) / 100));
  let customers: BenchCustomer[] = [];
  let night = new Date();
  try {
    await devtenantAdmin(stack.devtenant.url).backupSettings({ protectAfterMs: 2_000, jobCompleteAfterMs: 1_000, failureRate: 0 });
    for (const count of options.stages) {
      const setupStarted = Date.now();
      const added = count - customers.length;
      log(`stage ${count}: connecting and syncing ${added} more customers of ${options.users} users`);
      customers = await growCustomers(stack, customers, count, { users: options.users, mode: options.setup ?? "seed", deadline });
      const setup = { customers: count, added, seconds: Math.round((Date.now() - setupStarted) / 1000) };
      result.setups.push(setup);
      log(`stage ${count}: set-up took ${setup.seconds} s; measuring the night`);
      night = new Date(nextAutoRun(new Date(Math.max(Date.now(), night.getTime()))).getTime() + 30_000);
      const measured = await measureNight(stack, customers, night, { users: options.users, newUsers, latencyMs: options.latencyMs, timeoutMs: Math.max(60_000, deadline - Date.now()), setup: options.setup ?? "seed", instances: options.instances ?? 1 });
      result.nights.push(measured);
      await options.onProgress?.({ nights: [measured], setups: [setup], stopped: null });
      log(`stage ${count}: wall ${measured.wallSeconds.toFixed(1)} s, ${(measured.graphRequests / count).toFixed(2)} Graph requests per customer, ${measured.jobsDone}/${count} jobs done`);
    }
  } catch (error) {
    result.stopped = `after ${customers.length} customers: ${error instanceof Error ? error.message : String(error)}`;
    log(`stopped ${result.stopped}`);
    await options.onProgress?.({ nights: [], setups: [], stopped: result.stopped });
  } finally {
    await stack.stop();
  }
  return result;
}
