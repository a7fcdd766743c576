import fs from "node:fs";
import path from "node:path";

/**
 * Node flags that make a child write a V8 CPU profile (`.cpuprofile`, open it in Chrome DevTools) into
 * `B365_CPU_PROF_DIR` when it exits, or none when that is unset. `--cpu-prof` is refused in NODE_OPTIONS,
 * so the scripts that start node children (server, devtenant, Azurite) put these on the command line.
 */
export function cpuProfileFlags(): string[] {
  const dir = process.env.B365_CPU_PROF_DIR;
  if (!dir) return [];
  fs.mkdirSync(dir, { recursive: true });
  return ["--cpu-prof", `--cpu-prof-dir=${path.resolve(dir)}`];
}
