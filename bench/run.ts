import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { localCaDir } from "../scripts/lib/local-ca.js";
import { benchEnableAll, type EnableAllResult } from "./enable-all.bench.js";
import { recordEnableAuto } from "./enable-auto-section.js";
import { benchEnableAuto } from "./enable-auto.bench.js";

/**
 * Runs one benchmark and rewrites its section of docs/benchmarks.md:
 * - `npm run bench [-- --users 50000 --latency 50]`: Enable All;
 * - `npm run bench -- auto --customers 100,300,1000 --users 2000 --new 1 --latency 50 [--setup seed|product]
 *   [--instances 1] [--minutes 180]`: the Enable Auto nightly sweep (bench/enable-auto.bench.ts); `-- auto --render`
 *   rewrites its section from bench/results/enable-auto.json without measuring.
 * Run through scripts/test-env.ts (as `npm run bench` does) so devtenant's local CA is trusted.
 */
const raw = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const arg = (name: string, fallback: number): number => Number(raw(name) ?? fallback);
const caDir = process.env.B365_TEST_CA_DIR ?? localCaDir;
if (process.argv[2] === "auto" && process.argv.includes("--render")) {
  await recordEnableAuto({ nights: [], setups: [], stopped: null }, "");
} else if (process.argv[2] === "auto") {
  const stages = (raw("customers") ?? "100").split(",").map(Number);
  if (stages.some((n) => !Number.isInteger(n) || n < 1) || stages.some((n, i) => i > 0 && n <= stages[i - 1]!)) throw new Error("--customers: rising whole numbers, e.g. 100,300,1000");
  const setup = raw("setup") === "product" ? "product" : "seed";
  const settings = { stages, users: arg("users", 2_000), newPercent: arg("new", 1), latencyMs: arg("latency", 50), caDir, timeLimitMinutes: arg("minutes", 180), setup, instances: arg("instances", 1) } as const;
  const command = `auto --customers ${stages.join(",")} --users ${settings.users} --new ${settings.newPercent} --latency ${settings.latencyMs} --setup ${setup} --instances ${settings.instances}`;
  const result = await benchEnableAuto({ ...settings, onProgress: (part) => recordEnableAuto(part, command) });
  console.log(JSON.stringify({ ...result, nights: result.nights.map(({ byRoute: _byRoute, storage: _storage, ...n }) => n) }, null, 2));
  if (result.nights.length === 0) process.exitCode = 1;
} else {
  const result = await benchEnableAll(arg("users", 50_000), arg("latency", 50), caDir);
  console.log(JSON.stringify(result, null, 2));
  await writeSection(result);
}

async function writeSection(r: EnableAllResult): Promise<void> {
  const file = path.resolve("docs/benchmarks.md");
  const current = await readFile(file, "utf8").catch(() => "# Benchmarks\n");
  const routes = Object.entries(r.byRoute).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `| \`${k}\` | ${v} |`).join("\n");
  const section = `<!-- enable-all:start -->
## Enable All: ${r.users.toLocaleString("en-AU")} users, devtenant at ${r.latencyMs} ms per request

Measured ${new Date().toISOString().slice(0, 10)} on this 2-core machine with \`npm run bench -- --users ${r.users} --latency ${r.latencyMs}\`.
Server in its own process; Azurite in memory; devtenant Backup settings: units protected 2 s after activation, bulk jobs complete after 1 s.

| figure | value | goal |
| --- | --- | --- |
| Graph requests from All until the bulk jobs are submitted | ${r.requestsToSubmit} | ≤ 1.05 × minimum |
| minimum (ceil(N/999) delta pages + ceil(N/50,000) bulk jobs + 4 set-up calls: service status, enable, find policy, create policy) | ${r.minimumToSubmit} | |
| ratio | ${(r.requestsToSubmit / r.minimumToSubmit).toFixed(3)} | ≤ 1.05 |
| time to submitted | ${r.submitSeconds.toFixed(1)} s | |
| Graph requests until every user is protected (incl. progress polling) | ${r.requestsTotal} | |
| wall time until every user is protected | ${r.wallSeconds.toFixed(1)} s | |
| server peak RSS (VmHWM) | ${r.serverPeakRssMb} MB | ≤ 400 MB |
| bench process peak RSS (devtenant + Azurite client) | ${r.benchPeakRssMb} MB | |

Requests by route:

| route | requests |
| --- | --- |
${routes}
<!-- enable-all:end -->`;
  const next = current.includes("<!-- enable-all:start -->")
    ? current.replace(/<!-- enable-all:start -->[\s\S]*<!-- enable-all:end -->/, section)
    : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(file, next);
}
