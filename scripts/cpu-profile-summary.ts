/**
 * Summarises a V8 `.cpuprofile` (from B365_CPU_PROF_DIR): self time by package and by function, and time spent with
 * each package on the stack, optionally over the last N seconds only (a bench night at the end of a long set-up).
 *   npx tsx scripts/cpu-profile-summary.ts <file.cpuprofile> [lastSeconds] [rows]
 */
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, lastArg, rowsArg] = process.argv.slice(2);
if (!file) throw new Error("usage: cpu-profile-summary <file.cpuprofile> [lastSeconds] [rows]");
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const from = lastArg ? profile.endTime - Number(lastArg) * 1e6 : profile.startTime;

/** node_modules/<package>, node:<module>, ours:<room>, or the function for natives (idle, GC). */
const owner = (url: string, fn: string): string => {
  if (!url) return fn;
  const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return url;
  const room = /\/work\/[^/]+\/([^/]+)/.exec(url) ?? /file:\/\/\/.*?\/([^/]+)\/[^/]+$/.exec(url);
  return room ? `ours:${room[1]}` : url;
};
const self = new Map<string, number>();
const own = new Map<string, number>();
const onStack = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
let total = 0;
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i]!;
  if (at < from) continue;
  const dt = profile.timeDeltas[i + 1] ?? 0;
  total += dt;
  const node = byId.get(profile.samples[i]!)!;
  const { functionName, url, lineNumber } = node.callFrame;
  add(self, `${functionName || "(anonymous)"} ${owner(url, functionName)}:${lineNumber}`, dt);
  add(own, owner(url, functionName), dt);
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const f = byId.get(id)!.callFrame;
    if (!f.url) continue;
    const key = owner(f.url, f.functionName);
    if (!seen.has(key)) (seen.add(key), add(onStack, key, dt));
  }
}
const rows = Number(rowsArg ?? 25);
const show = (m: Map<string, number>, title: string) => {
  console.log(`-- ${title} (of ${(total / 1e6).toFixed(1)} s)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${(v / 1e6).toFixed(2).padStart(8)} ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
show(own, "self time by package");
show(onStack, "time with the package on the stack");
show(self, "self time by function");
