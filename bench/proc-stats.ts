import { readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";

const tickHz = 100; // USER_HZ on Linux

/** Peak resident memory (VmHWM) of a process in MB, 0 when it is gone. */
export async function peakRssMb(pid: number): Promise<number> {
  return statusField(pid, "VmHWM");
}

/** Current resident memory (VmRSS) of a process in MB. */
export async function rssMb(pid: number): Promise<number> {
  return statusField(pid, "VmRSS");
}

/** Resets a process's VmHWM to its current RSS (Linux `clear_refs` 5), so a later peak covers only what follows. */
export async function resetPeak(pid: number): Promise<boolean> {
  return writeFile(`/proc/${pid}/clear_refs`, "5").then(
    () => true,
    () => false,
  );
}

/** CPU time (user + system) a process has used so far, in seconds. */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / tickHz;
}

/** Busy CPU time of the whole machine (every core, everything but idle and iowait), in seconds. */
export async function machineBusySeconds(): Promise<number> {
  const line = (await readFile("/proc/stat", "utf8")).split("\n")[0]!;
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / tickHz;
}

/** The one-minute load average and the number of cores, to tell a quiet machine from a busy one. */
export function machineLoad(): { load1: number; cores: number } {
  return { load1: Number(os.loadavg()[0]!.toFixed(2)), cores: os.cpus().length };
}

/** Pids of this process's children whose command line contains `needle` (e.g. the Azurite queue service). */
export async function childPids(needle: string): Promise<number[]> {
  const out: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid !== process.pid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes(needle)) out.push(Number(entry));
  }
  return out;
}

async function statusField(pid: number, field: string): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/**
 * Milliseconds for a fixed integer loop (10^8 steps) on this process's thread, with the machine otherwise idle: the
 * best of five, so V8 has optimised it (the first run is five times slower). This VM shares its host, whose load moves
 * it (136–152 ms over session 5's nights), so nights measured apart can be compared.
 */
export function spinMs(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    let x = 0;
    for (let i = 0; i < 1e8; i++) x = (x * 31 + i) | 0;
    if (x === 42) console.log(""); // keeps the loop from being optimised away
    best = Math.min(best, performance.now() - started);
  }
  return Math.round(best);
}
