import { staffSession } from "../bench/auto-setup.js";
import type { Random } from "./random.js";
import { drawDelays, runJob, type JobRun } from "./run-job.js";
import type { JobKind } from "./scene.js";
import type { CampaignStack } from "./stack.js";
import { say } from "./tally.js";

/** How a campaign disrupts its jobs: a label for the log, 1..`most` disruptions per job, and the disruption itself. */
export interface TrialPlan {
  campaign: string;
  trials: number;
  users: number;
  random: Random;
  most: number;
  /** One disruption (kill and restart the server, restart Azurite…), given the trial's own random source. */
  disrupt(draw: Random): Promise<void>;
}

/** Undisturbed length of each job kind, then the trials' job runs. */
export interface TrialRuns {
  referenceSeconds: Record<JobKind, number>;
  runs: JobRun[];
}

const kinds: JobKind[] = ["all", "provision"];

/**
 * One undisturbed All and Provision (they must hold, and give the span the disruption points are drawn over), then per
 * trial an All and a Provision on fresh tenants, each disrupted 1..`most` times at points drawn from the trial's seed.
 */
export async function runTrials(stack: CampaignStack, plan: TrialPlan): Promise<TrialRuns> {
  const session = staffSession(stack.url());
  const referenceSeconds = {} as Record<JobKind, number>;
  for (const kind of kinds) {
    const run = await runJob(stack, (await session()).token, `${plan.campaign}-ref-${kind}`, kind, { users: plan.users, countPosts: true });
    if (!run.check.ok) throw new Error(`the undisturbed ${kind} does not hold: ${run.check.problems.join("; ")}`);
    referenceSeconds[kind] = run.seconds;
    say(plan.campaign, `reference ${kind}: ${run.seconds.toFixed(1)} s, ${run.check.targets} targets`);
  }
  const runs: JobRun[] = [];
  for (let trial = 1; trial <= plan.trials; trial++) {
    const draw = plan.random.fork(trial);
    for (const kind of kinds) {
      const delaysMs = drawDelays(draw, draw.int(1, plan.most), referenceSeconds[kind] * 800); // 80%: a job sometimes runs faster than its reference
      const run = await runJob(stack, (await session()).token, `${plan.campaign}-${trial}-${kind}`, kind, { users: plan.users, delaysMs, countPosts: true, disrupt: () => plan.disrupt(draw) });
      runs.push(run);
      say(plan.campaign, `trial ${trial}/${plan.trials} ${kind}: disrupted at ${run.disruptedAt.join(", ") || "-"} → ${run.check.ok ? "holds" : `BROKEN: ${run.check.problems.join("; ")}`} (${run.seconds.toFixed(1)} s)`);
    }
  }
  return { referenceSeconds, runs };
}
