import type { ChildProcess } from "node:child_process";
import { startChild } from "../../scripts/lib/child-process.js";

/** The product's server as its own process (for crash tests: SIGKILL, then start again on the same storage). */
export interface ServerProcess {
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `server/main.ts` with the given environment and resolves once it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const { child } = await startChild("server", process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...env, LOG_LEVEL: "info" },
    ready: (line) => line.includes("Backup365 for Teams is listening"),
    timeoutMs: 30_000,
  });
  return {
    child,
    kill: (signal = "SIGKILL") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
}
