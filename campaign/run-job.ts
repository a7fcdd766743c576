import { sleep } from "../bench/bounded.js";
import { apiClient } from "../tests/support/sign-in.js";
import type { Random } from "./random.js";
import { connectCustomer, readJob, startJob, waitFinished, type JobKind } from "./scene.js";
import type { CampaignStack } from "./stack.js";
import { bulkPostsOf, checkJob, tenantExpectation, type JobCheck } from "./verify.js";

/** One job of a campaign: how long it took, what was done to it, and whether it held. */
export interface JobRun {
  kind: JobKind;
  customerId: string;
  jobId: string;
  seconds: number;
  /** The stored step at each disruption ("finished" if the job was already done). */
  disruptedAt: string[];
  /** Times the job ended paused and the campaign pressed Resume (as staff would), each with the reason shown. */
  resumes: string[];
  check: JobCheck;
}

/** Options for {@link runJob}: the disruptions to make (each after a delay from the previous one), and limits. */
export interface RunJobOptions {
  users: number;
  /** Milliseconds from the job's start (or the last disruption) to each disruption. */
  delaysMs?: number[];
  /** What to do at each disruption (kill and restart the server, restart Azurite…). */
  disrupt?: (index: number) => Promise<void>;
  timeoutMs?: number;
  /** Check one bulk POST answered per workload (fault-free runs only). */
  countPosts?: boolean;
  /** The customer's tenant when it is connected already (else a fresh one is made and connected first). */
  tenantId?: string;
  /** Press Resume on a paused job up to this many times (default 0: a paused job is the result). */
  resumePaused?: number;
}

/** A fresh customer and tenant, the job started, disrupted at the given delays, waited for and checked. */
export async function runJob(stack: CampaignStack, token: string, customerId: string, kind: JobKind, options: RunJobOptions): Promise<JobRun> {
  const tenantId = options.tenantId ?? (await connectCustomer(stack, token, customerId, options.users)).tenantId;
  await stack.admin.resetCounters();
  const started = Date.now();
  const jobId = await startJob(stack, token, customerId, kind);
  const disruptedAt: string[] = [];
  let last: string | null = null;
  for (const [index, delay] of (options.delaysMs ?? []).entries()) {
    // After a disruption, the delay runs from the moment the job moves again (a restart or a redelivery takes seconds).
    if (last !== null && !(await movedSince(stack, customerId, jobId, last))) break;
    await sleep(delay);
    const job = await readJob(stack, customerId, jobId);
    if (job?.finishedAt && index > 0) break;
    disruptedAt.push(job?.finishedAt ? "finished" : (job?.step ?? "unknown"));
    last = job?.updatedAt ?? "";
    await options.disrupt?.(index);
  }
  let job = await waitFinished(stack, customerId, jobId, options.timeoutMs ?? 20 * 60_000);
  const resumes: string[] = [];
  while (job.status === "paused" && resumes.length < (options.resumePaused ?? 0)) {
    resumes.push(job.pausedReason ?? "");
    const answer = await apiClient(stack.url(), token).post(`/api/customers/${customerId}/jobs/${jobId}/resume`);
    if (answer.status !== 200) throw new Error(`resume ${jobId}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    await sleep(500);
    job = await waitFinished(stack, customerId, jobId, options.timeoutMs ?? 20 * 60_000);
  }
  const seconds = (Date.now() - started) / 1000;
  const counters = await stack.admin.counters();
  const check = await checkJob(stack, customerId, tenantId, job, options.countPosts ? bulkPostsOf(counters) : null, await tenantExpectation(stack, tenantId, kind));
  return { kind, customerId, jobId, seconds, disruptedAt, resumes, check };
}

/** Waits until the job's record changes after `updatedAt`; false if it is finished by then (nothing left to disrupt). */
async function movedSince(stack: CampaignStack, customerId: string, jobId: string, updatedAt: string): Promise<boolean> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(100)) {
    const job = await readJob(stack, customerId, jobId).catch(() => null);
    if (job?.finishedAt) return false;
    if (job && job.updatedAt !== updatedAt) return true;
  }
  return false;
}

/** `count` delays in [0, spanMs), drawn from `random`: the kill points of one job, each after the job moved again. */
export function drawDelays(random: Random, count: number, spanMs: number): number[] {
  return Array.from({ length: count }, () => Math.floor(random.next() * spanMs));
}
