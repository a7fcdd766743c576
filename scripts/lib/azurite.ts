import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { cpuProfileFlags } from "./cpu-profile.js";
import { waitForPort } from "./ports.js";

/** Azurite's well-known development account (public, documented by Microsoft; never valid in Azure). */
export const azuriteAccount = {
  name: "devstoreaccount1",
  key: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
};

export interface AzuriteOptions {
  tablePort: number;
  queuePort: number;
  /** A folder for data that survives restarts; in memory when absent. */
  location?: string;
}

/** A running Azurite (Table + Queue) and its connection string. */
export interface RunningAzurite {
  connectionString: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts Azurite's table and queue services from node_modules, offline and quiet. */
export async function startAzurite(options: AzuriteOptions): Promise<RunningAzurite> {
  const bin = path.resolve("node_modules/.bin");
  const common = ["--disableTelemetry", "--silent", "--skipApiVersionCheck", ...(options.location ? ["--location", options.location] : ["--inMemoryPersistence"])];
  // Through node itself (not the bin's shebang), so B365_CPU_PROF_DIR can profile Azurite too.
  const node = (name: string): string[] => [...cpuProfileFlags(), path.join(bin, name)];
  const table = spawn(process.execPath, [...node("azurite-table"), "--tableHost", "127.0.0.1", "--tablePort", String(options.tablePort), ...common], { stdio: "ignore" });
  const queue = spawn(process.execPath, [...node("azurite-queue"), "--queueHost", "127.0.0.1", "--queuePort", String(options.queuePort), ...common], { stdio: "ignore" });
  await Promise.all([waitForPort(options.tablePort), waitForPort(options.queuePort)]);
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${azuriteAccount.name};AccountKey=${azuriteAccount.key};` +
    `TableEndpoint=http://127.0.0.1:${options.tablePort}/${azuriteAccount.name};QueueEndpoint=http://127.0.0.1:${options.queuePort}/${azuriteAccount.name};`;
  const stopOne = (child: ChildProcess): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      // SIGINT is Azurite's graceful stop: it saves a `--location` database first (SIGTERM loses the last writes).
      const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => (clearTimeout(force), resolve()));
      child.kill("SIGINT");
    });
  return { connectionString, process: table, stop: async () => void (await Promise.all([stopOne(table), stopOne(queue)])) };
}
