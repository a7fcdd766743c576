import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";
import { cpuProfileFlags } from "./cpu-profile.js";

/** Starts a child and resolves with the first stdout line that `ready` accepts (its output is echoed, prefixed). */
export async function startChild(
  name: string,
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; ready: (line: string) => boolean; timeoutMs?: number },
): Promise<{ child: ChildProcess; line: string }> {
  const flags = command === process.execPath ? cpuProfileFlags() : [];
  const child = spawn(command, [...flags, ...args], { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  readline.createInterface({ input: child.stderr! }).on("line", (l) => console.error(`[${name}] ${l}`));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${options.timeoutMs ?? 30_000} ms`)), options.timeoutMs ?? 30_000);
    child.once("exit", (code) => reject(new Error(`${name} exited with code ${code} before it was ready`)));
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      if (process.env.B365_VERBOSE) console.log(`[${name}] ${line}`);
      if (options.ready(line)) {
        clearTimeout(timer);
        resolve({ child, line });
      }
    });
  });
}

/** Stops children gracefully (SIGTERM), then forcefully after a grace period. */
export async function stopChildren(children: ChildProcess[], graceMs = 5_000): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const force = setTimeout(() => child.kill("SIGKILL"), graceMs);
          child.once("exit", () => {
            clearTimeout(force);
            resolve();
          });
          child.kill("SIGTERM");
        }),
    ),
  );
}
