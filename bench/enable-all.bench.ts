import { readFile } from "node:fs/promises";
import { startDevTenant } from "../devtenant/start.js";
import { startAzurite } from "../scripts/lib/azurite.js";
import { freePort } from "../scripts/lib/ports.js";
import { authorise } from "../tests/support/consent.js";
import { devtenantAdmin } from "../tests/support/devtenant-admin.js";
import { waitForJob } from "../tests/support/jobs.js";
import { startServerProcess } from "../tests/support/server-process.js";
import { apiClient, signIn, staffUpns } from "../tests/support/sign-in.js";

/** What one run of the enable-all benchmark measured. */
export interface EnableAllResult {
  users: number;
  latencyMs: number;
  wallSeconds: number;
  submitSeconds: number;
  requestsToSubmit: number;
  minimumToSubmit: number;
  requestsTotal: number;
  byRoute: Record<string, number>;
  serverPeakRssMb: number;
  benchPeakRssMb: number;
}

/**
 * Save + Authorise a fresh tenant of `users` users, then All, against devtenant with `latencyMs` per request;
 * the server runs as its own process so its peak RSS (VmHWM) is its own.
 */
export async function benchEnableAll(users: number, latencyMs: number, caDir: string): Promise<EnableAllResult> {
  const azurite = await startAzurite({ tablePort: await freePort(), queuePort: await freePort() });
  const devtenant = await startDevTenant({ caDir });
  const cloud = devtenantAdmin(devtenant.url);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const server = await startServerProcess({
    B365_MODE: "local", PORT: String(port), B365_HOST: "127.0.0.1", B365_PUBLIC_BASE_URL: url,
    B365_AUTHORITY_HOST: devtenant.url, B365_GRAPH_BASE_URL: devtenant.url, B365_STORAGE_CONNECTION_STRING: azurite.connectionString,
    B365_POLL_SECONDS: "2", LOG_LEVEL: "warn",
  });
  try {
    await cloud.backupSettings({ protectAfterMs: 2_000, jobCompleteAfterMs: 1_000, failureRate: 0 });
    const domain = `bench${users}.onmicrosoft.com`;
    await cloud.createTenant({ displayName: `Bench ${users}`, domain, userCount: users });
    const token = await signIn(url, staffUpns.admin);
    const api = apiClient(url, token);
    await api.put("/api/customers/contoso-dental/tenant", { tenant: domain });
    const run = await authorise(url, token, "contoso-dental", { adminUpn: `admin@${domain}` });
    if (!run.outcome.ok) throw new Error(run.outcome.message);
    await fetch(`${devtenant.url}/_devtenant/latency`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ ms: latencyMs }) });
    await cloud.resetCounters();
    const started = Date.now();
    const job = (await api.post("/api/customers/contoso-dental/enable", { all: true })).body.job;
    let submitSeconds = 0;
    let requestsToSubmit = 0;
    for (;;) {
      const current = (await api.get(`/api/customers/contoso-dental/jobs/${job.id}`)).body;
      if (["activate", "track"].includes(current.step) || current.finishedAt) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    submitSeconds = (Date.now() - started) / 1000;
    requestsToSubmit = graphRequests(await cloud.counters());
    const done = await waitForJob(api, "contoso-dental", job.id, 30 * 60_000);
    if (done.status !== "done") throw new Error(`job ended ${done.status}: ${done.pausedReason ?? ""}`);
    const wallSeconds = (Date.now() - started) / 1000;
    const counters = await cloud.counters();
    const status = await readFile(`/proc/${server.child.pid}/status`, "utf8");
    const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    // The set-up a job cannot do without: service status GET, enable POST, policy GET, policy POST.
    const fixed = 4;
    return {
      users,
      latencyMs,
      wallSeconds,
      submitSeconds,
      requestsToSubmit,
      minimumToSubmit: Math.ceil(users / 999) + Math.ceil(users / 50_000) + fixed,
      requestsTotal: graphRequests(counters),
      byRoute: Object.fromEntries(Object.entries(counters).filter(([k]) => k.includes("/v1.0/"))),
      serverPeakRssMb: Math.round(hwmKb / 1024),
      benchPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await server.kill("SIGTERM");
    await devtenant.close();
    await azurite.stop();
  }
}

function graphRequests(counters: Record<string, number>): number {
  return Object.entries(counters).filter(([k]) => k.includes("/v1.0/")).reduce((n, [, v]) => n + v, 0);
}
