import { runAutoSweep, type Clock } from "../service/index.js";
import { devtenantAdmin } from "../tests/support/devtenant-admin.js";
import { benchMsp, type BenchCustomer } from "./auto-setup.js";
import { azuriteFlags, type AutoStack } from "./auto-stack.js";
import { forEachLimited, pollUntil, sleep } from "./bounded.js";
import { cpuSeconds, machineBusySeconds, machineLoad, peakRssMb, resetPeak, rssMb, spinMs } from "./proc-stats.js";

/** What one measured night (one sweep over every bench customer) cost. */
export interface NightResult {
  measuredAt: string;
  night: string;
  customers: number;
  users: number;
  newUsers: number;
  latencyMs: number;
  fanOutSeconds: number;
  syncedSeconds: number | null;
  submittedSeconds: number | null;
  wallSeconds: number;
  swept: number;
  jobsDone: number;
  newUsersProtected: number;
  graphRequests: number;
  identityRequests: number;
  byRoute: Record<string, number>;
  /** Storage requests of the night (server and the fanning-out instance), by kind; see scripts/lib/storage-counter.ts. */
  storage: Record<string, number>;
  setup: string;
  /** Server processes working the queue (each runs B365_WORKER_CONCURRENCY lanes, default 16); peak RSS is the largest, CPU their sum. */
  instances: number;
  peakRssMb: { server: number; devtenant: number; azuriteTable: number };
  azuriteTableRssMb: number;
  cpuSeconds: { server: number; devtenant: number; azuriteTable: number; azuriteQueue: number; bench: number; others: number };
  load: { before: number; after: number; cores: number };
  /** A fixed CPU-bound loop in this process just before the night (milliseconds): the machine's speed that night (bench/proc-stats.ts). */
  calibrationMs?: number;
  /** V8 flags given to Azurite beyond its heap size (bench/auto-stack.ts: azuriteFlags), if any. */
  azuriteFlags?: string;
}

const deltaRoute = "GET /v1.0/users/delta";
const bulkRoute = "POST /v1.0/solutions/backupRestore/exchangeProtectionPolicies/:id/mailboxProtectionUnitsBulkAdditionJobs";

/**
 * One night: `newUsers` users appear in every tenant, the server restarts (a cold process, as after a day), devtenant
 * answers with `latencyMs`, then this process — a second instance on the same storage — ticks the sweep with the clock
 * at `night` (just after 20:00 Sydney), as the integration test does. The server's worker runs every job. Timed until
 * the jobs queue is empty; every job is then checked: done, and exactly the new users protected.
 */
export async function measureNight(stack: AutoStack, customers: BenchCustomer[], night: Date, options: { users: number; newUsers: number; latencyMs: number; timeoutMs: number; setup: string; instances: number }): Promise<NightResult> {
  const admin = devtenantAdmin(stack.devtenant.url);
  const deadline = Date.now() + options.timeoutMs;
  await forEachLimited(customers, 8, deadline, async (c) => void (await admin.addUsers(c.tenantId, options.newUsers)));
  await stack.restartServers(options.instances);
  await sleep(3_000); // the new process's start-up recovery and real-clock sweep tick (nothing due) settle
  await setLatency(stack.devtenant.url, options.latencyMs);
  const serverPids = stack.servers().map((s) => s.child.pid!);
  const pids = { server: serverPids[0]!, devtenant: stack.devtenant.pid, azuriteTable: stack.azurite.process.pid!, azuriteQueue: stack.azuriteQueuePid };
  await Promise.all([resetPeak(pids.devtenant), resetPeak(pids.azuriteTable), admin.resetCounters()]);
  stack.storage.reset();
  const calibrationMs = spinMs();
  const cpuBefore = await cpuOf(pids, serverPids);
  const loadBefore = machineLoad();
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const marks: { synced: number | null; submitted: number | null } = { synced: null, submitted: null };
  let sampling = true;
  const sampler = (async () => {
    while (sampling && Date.now() < deadline) {
      const counters = await admin.counters();
      if (marks.synced === null && (counters[deltaRoute] ?? 0) >= customers.length) marks.synced = seconds();
      if (marks.submitted === null && (counters[bulkRoute] ?? 0) >= customers.length) marks.submitted = seconds();
      await sleep(250);
    }
  })();
  const clock: Clock = { now: () => night };
  const sweep = await runAutoSweep({ ...stack.instance.deps, clock, leases: stack.instance.leases }, "bench-instance", { leaseMs: options.timeoutMs });
  const fanOutSeconds = seconds();
  await pollUntil("every night job finished", async () => ((await stack.queuedMessages()) === 0 ? true : undefined), { timeoutMs: Math.max(0, deadline - Date.now()), intervalMs: 250 });
  const wallSeconds = seconds();
  sampling = false;
  await sampler;
  const cpuAfter = await cpuOf(pids, serverPids);
  const counters = await admin.counters();
  const storage = stack.storage.counts();
  const flags = azuriteFlags();
  const result: NightResult = {
    measuredAt: new Date().toISOString(),
    night: night.toISOString(),
    customers: customers.length,
    users: options.users,
    newUsers: options.newUsers,
    latencyMs: options.latencyMs,
    fanOutSeconds,
    syncedSeconds: marks.synced,
    submittedSeconds: marks.submitted,
    wallSeconds,
    swept: sweep.customers,
    ...(await checkJobs(stack, customers, options.newUsers)),
    graphRequests: sum(counters, (k) => k.includes(" /v1.0/")),
    identityRequests: sum(counters, (k) => !k.includes(" /v1.0/")),
    byRoute: counters,
    storage,
    setup: options.setup,
    instances: serverPids.length,
    peakRssMb: { server: Math.max(...(await Promise.all(serverPids.map(peakRssMb)))), devtenant: await peakRssMb(pids.devtenant), azuriteTable: await peakRssMb(pids.azuriteTable) },
    azuriteTableRssMb: await rssMb(pids.azuriteTable),
    cpuSeconds: { ...diff(cpuBefore, cpuAfter), others: 0 },
    load: { before: loadBefore.load1, after: machineLoad().load1, cores: loadBefore.cores },
    calibrationMs,
    ...(flags ? { azuriteFlags: flags } : {}),
  };
  const ours = Object.values(result.cpuSeconds).reduce((a, b) => a + b, 0);
  result.cpuSeconds.others = Math.max(0, round(cpuAfter.machine - cpuBefore.machine - ours)); // jitter: process and machine clocks are read apart
  await setLatency(stack.devtenant.url, 0);
  return result;
}

async function checkJobs(stack: AutoStack, customers: BenchCustomer[], newUsers: number): Promise<{ jobsDone: number; newUsersProtected: number }> {
  let jobsDone = 0;
  let newUsersProtected = 0;
  for (const c of customers) {
    const jobId = (await stack.instance.deps.customers.get(benchMsp, c.id))?.lastAutoRunJobId;
    const job = jobId ? await stack.instance.deps.jobs.get(benchMsp, c.id, jobId) : null;
    if (job?.status === "done" && job.counts.total === newUsers) jobsDone++;
    newUsersProtected += job?.counts.protected ?? 0;
  }
  return { jobsDone, newUsersProtected };
}

async function cpuOf(pids: Record<"server" | "devtenant" | "azuriteTable" | "azuriteQueue", number>, serverPids: number[]) {
  const usage = process.cpuUsage();
  return {
    server: (await Promise.all(serverPids.map(cpuSeconds))).reduce((a, b) => a + b, 0),
    devtenant: await cpuSeconds(pids.devtenant),
    azuriteTable: await cpuSeconds(pids.azuriteTable),
    azuriteQueue: await cpuSeconds(pids.azuriteQueue),
    bench: (usage.user + usage.system) / 1e6,
    machine: await machineBusySeconds(),
  };
}

function diff(a: Awaited<ReturnType<typeof cpuOf>>, b: Awaited<ReturnType<typeof cpuOf>>) {
  return { server: round(b.server - a.server), devtenant: round(b.devtenant - a.devtenant), azuriteTable: round(b.azuriteTable - a.azuriteTable), azuriteQueue: round(b.azuriteQueue - a.azuriteQueue), bench: round(b.bench - a.bench) };
}

const round = (n: number): number => Math.round(n * 10) / 10;
const sum = (counters: Record<string, number>, pick: (key: string) => boolean): number => Object.entries(counters).filter(([k]) => pick(k)).reduce((n, [, v]) => n + v, 0);

async function setLatency(url: string, ms: number): Promise<void> {
  const response = await fetch(`${url}/_devtenant/latency`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ ms }) });
  if (!response.ok) throw new Error(`devtenant latency: HTTP ${response.status}`);
}
