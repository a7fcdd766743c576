import { staffSession } from "../bench/auto-setup.js";
import { sleep } from "../bench/bounded.js";
import { defaultFaultPlan, faultRules, type FaultPlan } from "./fault-plan.js";
import { runJob, type JobRun } from "./run-job.js";
import { connectCustomer, type JobKind } from "./scene.js";
import { startCampaignStack, type CampaignStack } from "./stack.js";
import { say, tallyRuns, type Tally } from "./tally.js";
import { graphRequests } from "./verify.js";

/** Sizes of a fault campaign. */
export interface FaultSettings {
  /** Rounds: each runs an All and a Provision, fault-free and under faults. */
  trials: number;
  users: number;
  caDir: string;
  plan?: FaultPlan;
}

/** devtenant's timeline verdict (devtenant/state/request-timeline.ts). */
export interface TimelineReport {
  requests: number;
  truncated: boolean;
  faults: { total: number; byKind: Record<string, number>; byRoute: Record<string, Record<string, number>> };
  retryAfter: { faults: number; early: number; earlyByRoute: Record<string, number>; examples: Array<{ key: string; retryAfterMs: number; arrivedAfterMs: number }> };
}

/** One side (fault-free or faulted) of a fault campaign. */
export interface FaultSide {
  runs: JobRun[];
  tally: Tally;
  /** Graph requests per job kind (faulted ones included), summed over the rounds. */
  requests: Record<JobKind, number>;
  timeline: TimelineReport;
}

/** What a fault campaign measured. */
export interface FaultResult {
  settings: { trials: number; users: number; plan: FaultPlan };
  clean: FaultSide;
  faulted: FaultSide;
  wallSeconds: number;
}

const kinds: JobKind[] = ["all", "provision"];

/**
 * Runs `trials` rounds of All + Provision on fresh tenants without faults, then the same under the plan's faults on
 * every Graph route; compares the requests, and reads devtenant's timeline for requests sent before Retry-After elapsed.
 */
export async function runFaultCampaign(settings: FaultSettings): Promise<FaultResult> {
  const began = Date.now();
  const plan = settings.plan ?? defaultFaultPlan;
  const stack = await startCampaignStack({ caDir: settings.caDir, tablePrefix: "fault" });
  try {
    await stack.admin.backupSettings({ protectAfterMs: 1_500, jobCompleteAfterMs: 500, failureRate: 0 });
    const session = staffSession(stack.url());
    const clean = await side(stack, session, "clean", settings, []);
    const faulted = await side(stack, session, "faulted", settings, faultRules(plan));
    return { settings: { trials: settings.trials, users: settings.users, plan }, clean, faulted, wallSeconds: (Date.now() - began) / 1000 };
  } finally {
    await stack.stop();
  }
}

/**
 * Waits until devtenant has seen no Graph request for 2 s, so a job's count is its own: a job that failed a step may
 * still have look-ups in flight (see docs/reliability.md, "Found").
 */
async function quiet(stack: CampaignStack): Promise<void> {
  let last = -1;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(2_000)) {
    const now = graphRequests(await stack.admin.counters());
    if (now === last) return;
    last = now;
  }
}

/** Connects every customer of the side first (Authorise is not under test here), then runs its jobs under `rules`. */
async function side(stack: CampaignStack, session: ReturnType<typeof staffSession>, label: string, settings: FaultSettings, rules: Array<Record<string, unknown>>): Promise<FaultSide> {
  const planned = Array.from({ length: settings.trials }, (_, i) => kinds.map((kind) => ({ kind, round: i + 1, customerId: `${label}-${i + 1}-${kind}` }))).flat();
  const tenants = new Map<string, string>();
  for (const p of planned) tenants.set(p.customerId, (await connectCustomer(stack, (await session()).token, p.customerId, settings.users)).tenantId);
  await fetch(`${stack.devtenantUrl}/_devtenant/faults/timeline`, { method: "DELETE" });
  for (const rule of rules) await stack.admin.fault(rule);
  const runs: JobRun[] = [];
  const requests: Record<JobKind, number> = { all: 0, provision: 0 };
  try {
    for (const p of planned) {
      await quiet(stack);
      const run = await runJob(stack, (await session()).token, p.customerId, p.kind, { users: settings.users, countPosts: rules.length === 0, tenantId: tenants.get(p.customerId)!, resumePaused: 3 });
      requests[p.kind] += graphRequests(await stack.admin.counters());
      runs.push(run);
      say("fault", `${label} ${p.round}/${settings.trials} ${p.kind}: ${run.check.ok ? "holds" : `BROKEN: ${run.check.problems.join("; ")}`} (${run.seconds.toFixed(1)} s, ${graphRequests(await stack.admin.counters())} Graph requests${run.resumes.length ? `; paused ${run.resumes.length}× and resumed: ${run.resumes.join(" | ")}` : ""})`);
    }
  } finally {
    await stack.admin.clearFaults();
  }
  const timeline = (await (await fetch(`${stack.devtenantUrl}/_devtenant/faults/timeline`)).json()) as TimelineReport;
  return { runs, tally: tallyRuns(runs), requests, timeline };
}
