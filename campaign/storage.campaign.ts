import { staffSession } from "../bench/auto-setup.js";
import { seededRandom } from "./random.js";
import { runJob, type JobRun } from "./run-job.js";
import type { JobKind } from "./scene.js";
import { startCampaignStack, type LogTally } from "./stack.js";
import { say, tallyRuns, type Tally } from "./tally.js";
import { runTrials } from "./trials.js";

/** Sizes of a storage campaign. */
export interface StorageSettings {
  trials: number;
  users: number;
  seed: number;
  caDir: string;
}

/** Azurite restarts in the middle of jobs. */
export interface RestartPart {
  referenceSeconds: Record<JobKind, number>;
  runs: JobRun[];
  tally: Tally;
  /** How long Azurite was down, each time (ms). */
  downMs: number[];
  logs: LogTally;
}

/** Two instances on one queue whose messages reappear while a step still runs: both advance the same job. */
export interface ConflictPart {
  runs: JobRun[];
  tally: Tally;
  /** Warnings of both servers, by message and error code: `job step failed (STORE.CONFLICT)` is a lost ETag race. */
  logs: LogTally;
  /** Azurite's error answers to the two servers: `table PUT jobs 412` is a job write with a stale ETag (a lost race). */
  storageErrors: Record<string, number>;
  /** Lost ETag races on the jobs table (412), each retried by its loser ("later": the message comes back). */
  conflicts: number;
}

/** What a storage campaign measured. */
export interface StorageResult {
  settings: Omit<StorageSettings, "caDir">;
  restart: RestartPart;
  conflict: ConflictPart;
  wallSeconds: number;
}


/**
 * Part 1: Azurite keeps its data in a folder and is stopped and started again (down 1–4 s, drawn from the seed) once or
 * twice in each job of each trial; every job must hold. Part 2: two server instances with a 1 s queue visibility, so a
 * message reappears while the other instance still works the step and both advance one job (all jobs run at once); the job's ETag lets one
 * write win, the other fails with STORE.CONFLICT and its message is retried; every job must still hold.
 */
export async function runStorageCampaign(settings: StorageSettings): Promise<StorageResult> {
  const began = Date.now();
  const random = seededRandom(settings.seed);
  say("storage", `seed ${settings.seed}, ${settings.trials} trials, ${settings.users} users (repeat with --seed ${settings.seed})`);
  const restart = await restartPart(settings, random);
  const conflict = await conflictPart(settings);
  return { settings: { trials: settings.trials, users: settings.users, seed: settings.seed }, restart, conflict, wallSeconds: (Date.now() - began) / 1000 };
}

async function restartPart(settings: StorageSettings, random: ReturnType<typeof seededRandom>): Promise<RestartPart> {
  const stack = await startCampaignStack({ caDir: settings.caDir, tablePrefix: "restart", persistent: true });
  const downMs: number[] = [];
  try {
    await stack.admin.backupSettings({ protectAfterMs: 1_500, jobCompleteAfterMs: 500, failureRate: 0 });
    const { referenceSeconds, runs } = await runTrials(stack, {
      campaign: "storage", trials: settings.trials, users: settings.users, random, most: 2,
      disrupt: async (draw) => {
        const down = draw.int(1_000, 4_000);
        downMs.push(down);
        await stack.restartAzurite(down);
      },
    });
    return { referenceSeconds, runs, tally: tallyRuns(runs), downMs, logs: stack.logs() };
  } finally {
    await stack.stop();
  }
}

export async function conflictPart(settings: StorageSettings): Promise<ConflictPart> {
  const stack = await startCampaignStack({ caDir: settings.caDir, tablePrefix: "etag", countErrors: true, env: { B365_QUEUE_VISIBILITY_SECONDS: "1" } });
  try {
    await stack.startServer(1);
    await stack.admin.backupSettings({ protectAfterMs: 1_500, jobCompleteAfterMs: 500, failureRate: 0 });
    const session = staffSession(stack.url());
    const { token } = await session();
    // Every job at once, so each instance's worker holds a batch of steps for longer than the 1 s visibility.
    const planned = Array.from({ length: settings.trials }, (_, i) => (["all", "provision"] as const).map((kind) => ({ kind, customerId: `etag-${i + 1}-${kind}` }))).flat();
    const runs = await Promise.all(planned.map((p) => runJob(stack, token, p.customerId, p.kind, { users: settings.users })));
    for (const run of runs) say("storage", `two instances ${run.customerId}: ${run.check.ok ? "holds" : `BROKEN: ${run.check.problems.join("; ")}`} (${run.seconds.toFixed(1)} s)`);
    const logs = stack.logs();
    const storageErrors = stack.storageErrors();
    const conflicts = Object.entries(storageErrors).filter(([k]) => /^table (PUT|PATCH|MERGE) jobs 412$/.test(k)).reduce((n, [, v]) => n + v, 0);
    say("storage", `two instances: ${conflicts} lost ETag races on jobs; storage errors ${JSON.stringify(storageErrors)}; logs ${JSON.stringify(logs)}`);
    return { runs, tally: tallyRuns(runs), logs, storageErrors, conflicts };
  } finally {
    await stack.stop();
  }
}
