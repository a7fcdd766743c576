import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { localCaDir } from "../scripts/lib/local-ca.js";
import { benchEnableAll, type EnableAllResult } from "./enable-all.bench.js";

/**
 * `npm run bench [-- --users 50000 --latency 50]`: runs the benchmarks and rewrites their section of
 * docs/benchmarks.md. Run through scripts/bench.ts so devtenant's local CA is trusted.
 */
const arg = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const users = arg("users", 50_000);
const latency = arg("latency", 50);
const result = await benchEnableAll(users, latency, process.env.B365_TEST_CA_DIR ?? localCaDir);
console.log(JSON.stringify(result, null, 2));
await writeSection(result);

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
