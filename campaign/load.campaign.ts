import { readFile } from "node:fs/promises";
import { benchMsp, growCustomers, staffSession } from "../bench/auto-setup.js";
import { startAutoStack } from "../bench/auto-stack.js";
import { forEachLimited, pollUntil, sleep } from "../bench/bounded.js";
import { nextAutoRun, runAutoSweep, type Clock } from "../service/index.js";
import { devtenantAdmin } from "../tests/support/devtenant-admin.js";
import { loadApi, type LoadFigures } from "./load-client.js";
import { say } from "./tally.js";

/** Sizes of a load campaign. */
export interface LoadSettings {
  customers: number;
  users: number;
  /** New users per customer for the night's sweep. */
  newUsers: number;
  seconds: number;
  connections: number;
  caDir: string;
}

/** What a load campaign measured: the API under load, and the sweep that ran meanwhile. */
export interface LoadResult {
  settings: Omit<LoadSettings, "caDir">;
  load: LoadFigures;
  paths: string[];
  sweep: { customers: number; seconds: number; jobsRight: number; stillQueued: number; wrong: string[] };
  wallSeconds: number;
}

/**
 * `customers` tenants of `users` users with Enable Auto on, already synced (bench/auto-setup.ts, seeded); two server
 * instances; `newUsers` new users per tenant; then autocannon on both instances' API (`connections` in all, split evenly)
 * for `seconds` with a minted staff token, while this process ticks the 20:00 Sydney sweep and the instances run its jobs.
 */
export async function runLoadCampaign(settings: LoadSettings): Promise<LoadResult> {
  const began = Date.now();
  const stack = await startAutoStack(settings.caDir, { azuriteHeapMb: 4_096, pollSeconds: 1 });
  try {
    const admin = devtenantAdmin(stack.devtenant.url);
    await admin.backupSettings({ protectAfterMs: 1_500, jobCompleteAfterMs: 500, failureRate: 0 });
    const customers = await growCustomers(stack, [], settings.customers, { users: settings.users, mode: "seed", deadline: Date.now() + 30 * 60_000 });
    say("load", `${customers.length} customers of ${settings.users} users set up`);
    await forEachLimited(customers, 8, Date.now() + 10 * 60_000, async (c) => void (await admin.addUsers(c.tenantId, settings.newUsers)));
    await stack.restartServers(2);
    await sleep(3_000);
    const token = await mintStaffToken(stack.devtenant.url, (await staffSession(stack.serverUrl)()).token);
    const first = customers[0]!.id;
    const paths = ["/api/customers", `/api/customers/${first}/users?pageSize=50`, `/api/customers/${first}/jobs`, `/api/customers/${first}/protection`];
    const urls = await Promise.all(stack.servers().map(async (s) => `http://localhost:${await portOf(s.child.pid!)}`));
    const night = new Date(nextAutoRun(new Date()).getTime() + 30_000);
    const clock: Clock = { now: () => night };
    const sweepStarted = Date.now() + 2_000;
    const sweep = (async () => {
      await sleep(2_000);
      const result = await runAutoSweep({ ...stack.instance.deps, clock, leases: stack.instance.leases }, "campaign-load", { leaseMs: 10 * 60_000 });
      await pollUntil("every night job finished", async () => ((await stack.queuedMessages()) === 0 ? true : undefined), { timeoutMs: 10 * 60_000, intervalMs: 250 }).catch(() => false);
      return { customers: result.customers, seconds: (Date.now() - sweepStarted) / 1000 };
    })();
    say("load", `autocannon: ${settings.connections} connections for ${settings.seconds} s on ${urls.join(", ")}; sweep at ${night.toISOString()}`);
    const load = await loadApi(urls, paths, token, { connections: settings.connections, seconds: settings.seconds });
    const swept = await sweep;
    let jobsRight = 0;
    const wrong: string[] = [];
    for (const c of customers) {
      const jobId = (await stack.instance.deps.customers.get(benchMsp, c.id))?.lastAutoRunJobId;
      const job = jobId ? await stack.instance.deps.jobs.get(benchMsp, c.id, jobId) : null;
      if (job?.status === "done" && job.counts.total === settings.newUsers && job.counts.protected === settings.newUsers) jobsRight++;
      else wrong.push(`${c.id}: ${job ? `${job.status} at ${job.step}, ${JSON.stringify(job.counts)}${job.pausedReason ? `, “${job.pausedReason}”` : ""}` : "no job"}`);
    }
    const { caDir: _caDir, ...shown } = settings;
    return { settings: shown, load, paths, sweep: { ...swept, jobsRight, stillQueued: await stack.queuedMessages(), wrong }, wallSeconds: (Date.now() - began) / 1000 };
  } finally {
    await stack.stop();
  }
}

/** A staff token minted by devtenant's admin API with the claims of a real sign-in (so it passes the same checks). */
async function mintStaffToken(devtenantUrl: string, signedIn: string): Promise<string> {
  const claims = JSON.parse(Buffer.from(signedIn.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  const { token } = await devtenantAdmin(devtenantUrl).mint({ ...claims, iat: now, nbf: now, exp: now + 3600 });
  return token;
}

/** An instance's port, from its environment (bench/auto-stack.ts gives the first instance's URL only). */
async function portOf(pid: number): Promise<string> {
  const environ = await readFile(`/proc/${pid}/environ`, "utf8");
  const port = environ.split("\0").find((v) => v.startsWith("PORT="))?.slice(5);
  if (!port) throw new Error(`no PORT in the environment of ${pid}`);
  return port;
}
