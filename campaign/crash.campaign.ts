import { seededRandom } from "./random.js";
import type { JobRun } from "./run-job.js";
import type { JobKind } from "./scene.js";
import { startCampaignStack, type LogTally } from "./stack.js";
import { say, tallyRuns, type Tally } from "./tally.js";
import { runTrials } from "./trials.js";

/** Sizes of a crash campaign. */
export interface CrashSettings {
  trials: number;
  users: number;
  seed: number;
  caDir: string;
}

/** What a crash campaign measured: a reference run per kind, then every trial's jobs. */
export interface CrashResult {
  settings: Omit<CrashSettings, "caDir">;
  referenceSeconds: Record<JobKind, number>;
  runs: JobRun[];
  tally: Tally;
  logs: LogTally;
  wallSeconds: number;
}

/**
 * Each trial runs an All and a Provision, each on a fresh tenant of `users` users, and SIGKILLs the server 1–3 times
 * at random points of the job (drawn from the seed over the length of an undisturbed run), restarting it at once.
 * Every job must then hold (campaign/verify.ts): done, every resource protected exactly once, one bulk job per policy.
 */
export async function runCrashCampaign(settings: CrashSettings): Promise<CrashResult> {
  const began = Date.now();
  say("crash", `seed ${settings.seed}, ${settings.trials} trials, ${settings.users} users (repeat with --seed ${settings.seed})`);
  const stack = await startCampaignStack({ caDir: settings.caDir, tablePrefix: "crash" });
  try {
    await stack.admin.backupSettings({ protectAfterMs: 1_500, jobCompleteAfterMs: 500, failureRate: 0 });
    const { referenceSeconds, runs } = await runTrials(stack, {
      campaign: "crash", trials: settings.trials, users: settings.users, random: seededRandom(settings.seed), most: 3,
      disrupt: async () => {
        await stack.killServer(0, "SIGKILL");
        await stack.startServer(0);
      },
    });
    return { settings: { trials: settings.trials, users: settings.users, seed: settings.seed }, referenceSeconds, runs, tally: tallyRuns(runs), logs: stack.logs(), wallSeconds: (Date.now() - began) / 1000 };
  } finally {
    await stack.stop();
  }
}
