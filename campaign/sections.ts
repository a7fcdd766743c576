import type { CrashResult } from "./crash.campaign.js";
import { concurrentRoutes } from "./fault-plan.js";
import type { FaultResult } from "./fault.campaign.js";
import type { LoadResult } from "./load.campaign.js";
import { stamp, table, verdict } from "./report.js";
import type { StorageResult } from "./storage.campaign.js";
import type { Tally } from "./tally.js";

const n = (v: number): string => v.toLocaleString("en-AU");
const steps = (t: Tally): string => Object.entries(t.byStep).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${v}`).join(", ") || "–";
const broken = (t: Tally): string => (t.broken.length === 0 ? "" : `\n\nBroken jobs:\n\n${t.broken.map((b) => `- ${b.customerId} (${b.kind}): ${b.problems.join("; ")}`).join("\n")}`);

/** The crash campaign's section. */
export function crashSection(r: CrashResult, command: string): string {
  const t = r.tally;
  return `## Crash: SIGKILL during All and Provision

Measured ${stamp()} with \`npm run campaign -- ${command}\` (seed **${r.settings.seed}**; repeat with \`--seed ${r.settings.seed}\`), wall ${Math.round(r.wallSeconds)} s.

${table(["figure", "value"], [
  ["trials (each: one All + one Provision, fresh tenants)", r.settings.trials],
  ["users per tenant", n(r.settings.users)],
  ["undisturbed All / Provision", `${r.referenceSeconds.all.toFixed(1)} s / ${r.referenceSeconds.provision.toFixed(1)} s`],
  ["jobs", t.jobs],
  ["SIGKILLs", t.disruptions],
  ["step at the kill", steps(t)],
  ["resources targeted (mailboxes, sites, drives)", n(t.targets)],
  ["jobs that held", `${t.held} / ${t.jobs}`],
  ["lost (target not protected, or missing from the job)", t.lost],
  ["duplicated (unit added twice, or a bulk job beyond one per policy)", t.duplicated],
  ["every job done, every resource protected exactly once", verdict(t.held === t.jobs && t.lost === 0 && t.duplicated === 0)],
])}${broken(t)}`;
}

/** The fault campaign's section. */
export function faultSection(r: FaultResult, command: string): string {
  const clean = r.clean.requests.all + r.clean.requests.provision;
  const faulted = r.faulted.requests.all + r.faulted.requests.provision;
  const tl = r.faulted.timeline;
  const strictEarly = Object.entries(tl.retryAfter.earlyByRoute).filter(([k]) => !concurrentRoutes.includes(k)).reduce((s, [, v]) => s + v, 0);
  const concurrentEarly = Object.entries(tl.retryAfter.earlyByRoute).filter(([k]) => concurrentRoutes.includes(k)).reduce((s, [, v]) => s + v, 0);
  const ratio = faulted / Math.max(1, clean);
  const strictRetryAfter = Object.entries(tl.faults.byRoute).filter(([k]) => !concurrentRoutes.includes(k)).reduce((sum, [, byKind]) => sum + (byKind["429"] ?? 0) + (byKind["503"] ?? 0), 0);
  const done = r.faulted.tally.held === r.faulted.tally.jobs && r.clean.tally.held === r.clean.tally.jobs && r.faulted.tally.resumed === 0;
  const reasons = Object.entries(r.faulted.tally.pauseReasons).map(([k, v]) => `${v}× “${k}”`).join("; ");
  const kinds = Object.entries(tl.faults.byKind).map(([k, v]) => `${k === "delay" ? `${r.settings.plan.delayMs / 1000} s delay` : k} ${n(v)}`).join(", ");
  const routes = Object.entries(tl.faults.byRoute).sort(([a], [b]) => a.localeCompare(b))
    .map(([route, byKind]) => [`\`${route}\``, Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(", "), n(tl.retryAfter.earlyByRoute[route] ?? 0)]);
  const title = (r.settings.plan.kinds ?? ["429", "503", "reset", "delay"]).map((k) => (k === "reset" ? "connection resets" : k === "delay" ? `${r.settings.plan.delayMs / 1000} s delays` : k)).join(", ");
  return `## Faults: ${title}

Measured ${stamp()} with \`npm run campaign -- ${command}\`, wall ${Math.round(r.wallSeconds)} s. ${r.settings.trials} rounds of All + Provision on fresh
tenants of ${n(r.settings.users)} users, first fault-free, then with ${Math.round(r.settings.plan.rate * 100)}% of Graph requests faulted, an equal share each of:
${(r.settings.plan.kinds ?? ["429", "503", "reset", "delay"]).map((k) => (k === "reset" ? "socket reset" : k === "delay" ? `${r.settings.plan.delayMs / 1000} s delay` : `${k} with \`Retry-After: ${r.settings.plan.retryAfterSeconds}\``)).join(", ")}.

${table(["figure", "fault-free", "under faults", "goal"], [
  ["jobs done and holding", `${r.clean.tally.held} / ${r.clean.tally.jobs}`, `${r.faulted.tally.held} / ${r.faulted.tally.jobs}`, "all"],
  ["jobs that paused and needed staff to press Resume (the campaign did, up to 3×)", "0", `${r.faulted.tally.resumed}${reasons ? `: ${reasons}` : ""}`, "0"],
  ["Graph requests, All", n(r.clean.requests.all), n(r.faulted.requests.all), ""],
  ["Graph requests, Provision (sub-requests of \`$batch\` counted each)", n(r.clean.requests.provision), n(r.faulted.requests.provision), ""],
  ["Graph requests in all", n(clean), n(faulted), ""],
  ["ratio, All / Provision", "1 / 1", `${(r.faulted.requests.all / Math.max(1, r.clean.requests.all)).toFixed(3)} / ${(r.faulted.requests.provision / Math.max(1, r.clean.requests.provision)).toFixed(3)}`, "≤ 1.3"],
  ["ratio", "1", ratio.toFixed(3), "≤ 1.3"],
  ["faults injected", "0", `${n(tl.faults.total)} (${kinds})`, ""],
  ["lost / duplicated", `${r.clean.tally.lost} / ${r.clean.tally.duplicated}`, `${r.faulted.tally.lost} / ${r.faulted.tally.duplicated}`, "0 / 0"],
  ["Retry-After answers (429/503), all routes / routes called one at a time", "", `${n(tl.retryAfter.faults)} / ${n(strictRetryAfter)}`, ""],
  ["requests before Retry-After elapsed, routes called one at a time", "", n(strictEarly), "0"],
  ["same, on routes called many at once (drive look-ups: 4 \`$batch\` of 20 in flight)", "", n(concurrentEarly), "not a retry: see below"],
])}

Verdict: every job completed on its own ${verdict(done)}; Retry-After honoured ${verdict(strictEarly === 0)}; requests within 1.3× ${verdict(ratio <= 1.3)}.

Faults by route (under faults) and requests that reached the route while its Retry-After ran:

${table(["route", "faults", "early"], routes)}${broken(r.faulted.tally)}`;
}

/** The storage campaign's section. */
export function storageSection(r: StorageResult, command: string): string {
  const a = r.restart.tally;
  const c = r.conflict.tally;
  const merged: Record<string, number> = {};
  for (const [k, v] of Object.entries(r.conflict.storageErrors)) merged[k.replace(/users[0-9a-f]{32}/, "users<tenant>")] = (merged[k.replace(/users[0-9a-f]{32}/, "users<tenant>")] ?? 0) + v;
  const errors = Object.entries(merged).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [`\`${k}\``, v]);
  return `## Storage: Azurite restarted mid-job; two instances racing on one job

Measured ${stamp()} with \`npm run campaign -- ${command}\` (seed **${r.settings.seed}**), wall ${Math.round(r.wallSeconds)} s; tenants of ${n(r.settings.users)} users.

${table(["figure", "Azurite restarts", "two instances, 1 s visibility"], [
  ["jobs (All + Provision per trial)", a.jobs, c.jobs],
  ["disruptions", `${a.disruptions} restarts, down ${r.restart.downMs.map((d) => (d / 1000).toFixed(1)).join(", ")} s`, `${r.conflict.conflicts} lost ETag races on \`jobs\` (412)`],
  ["step at the restart", steps(a), ""],
  ["jobs that held", `${a.held} / ${a.jobs}`, `${c.held} / ${c.jobs}`],
  ["resources targeted", n(a.targets), n(c.targets)],
  ["lost / duplicated", `${a.lost} / ${a.duplicated}`, `${c.lost} / ${c.duplicated}`],
  ["server warnings", logsOf(r.restart.logs), logsOf(r.conflict.logs)],
])}

Azurite's error answers to the two instances (a pass-through counts them; \`table PUT jobs 412\` = a job written with a stale ETag):

${table(["answer", "count"], errors)}${broken(a)}${broken(c)}`;
}

/** The load campaign's section. */
export function loadSection(r: LoadResult, command: string): string {
  const l = r.load;
  return `## Two instances under load while the nightly sweep runs

Measured ${stamp()} with \`npm run campaign -- ${command}\`, wall ${Math.round(r.wallSeconds)} s. ${r.settings.customers} customers × ${n(r.settings.users)} users
(Enable Auto on, seeded as synced), ${r.settings.newUsers} new users each; autocannon with a devtenant-minted staff token, ${l.connections} connections
split over both instances for ${l.seconds} s, cycling through ${r.paths.map((p) => `\`GET ${p}\``).join(", ")}.

${table(["figure", "value", "goal"], [
  ["requests answered", `${n(l.requests)} (${l.perSecond}/s)`, ""],
  ["latency p50 / p95 / p99 / max", `${l.latencyMs.p50} / **${l.latencyMs.p95}** / ${l.latencyMs.p99} / ${Math.round(l.latencyMs.max)} ms`, ""],
  ["answers by status", Object.entries(l.byStatus).map(([s, v]) => `${s}: ${n(v)}`).join(", "), ""],
  ["5xx", l.serverErrors, "0"],
  ["no answer (errors / timeouts of 10 s)", `${l.errors} / ${l.timeouts}`, ""],
  ["error rate", `${(l.errorRate * 100).toFixed(2)}%`, ""],
  ["sweep: customers started, jobs right (done, exactly the new users)", `${r.sweep.customers}, ${r.sweep.jobsRight} / ${r.settings.customers}`, "all"],
  ["sweep: from the tick until the queue was empty", `${r.sweep.seconds.toFixed(1)} s${r.sweep.stillQueued ? ` (${r.sweep.stillQueued} still queued)` : ""}`, ""],
  ["zero 5xx", verdict(l.serverErrors === 0), ""],
])}

Latency percentiles are over the answered requests; requests with no answer within autocannon's 10 s timeout are counted
apart (and in the error rate).${r.sweep.wrong.length ? `\n\nNight jobs not right:\n\n${r.sweep.wrong.map((w) => `- ${w}`).join("\n")}` : ""}`;
}

function logsOf(logs: Record<string, number>): string {
  return Object.entries(logs).map(([k, v]) => `${k}: ${v}`).join("; ") || "none";
}
