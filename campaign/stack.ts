import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { pino } from "pino";
import { azuriteAccount, startAzurite, type RunningAzurite } from "../scripts/lib/azurite.js";
import { startChild, stopChildren } from "../scripts/lib/child-process.js";
import { freePort } from "../scripts/lib/ports.js";
import { composeServices, type AppServices } from "../server/compose.js";
import { loadConfig } from "../server/config/config.js";
import { devtenantAdmin } from "../tests/support/devtenant-admin.js";
import { startServerProcess, type ServerProcess } from "../tests/support/server-process.js";
import { childPids } from "../bench/proc-stats.js";
import { startStatusCounter } from "./status-counter.js";

/** One server's log lines that matter to a campaign, counted by message (and error code, if any). */
export type LogTally = Record<string, number>;

/** Azurite, devtenant and server instances as processes of their own; the campaign kills and restarts them at will. */
export interface CampaignStack {
  devtenantUrl: string;
  admin: ReturnType<typeof devtenantAdmin>;
  /** The API of instance `index` (0 unless told). */
  url(index?: number): string;
  /** (Re)starts server instance `index` on the shared storage. */
  startServer(index?: number): Promise<void>;
  /** Kills instance `index` (SIGKILL unless told) and waits until it is gone. */
  killServer(index?: number, signal?: NodeJS.Signals): Promise<void>;
  /** Stops Azurite (SIGINT, so it saves its files), waits `downMs`, starts it again on the same ports and folder. */
  restartAzurite(downMs: number): Promise<void>;
  /** Warnings and errors logged by every server since start, by message and error code. */
  logs(): LogTally;
  /** Azurite's error answers to the servers, by method, table or queue and status (with `countErrors`; else empty). */
  storageErrors(): Record<string, number>;
  /** An instance in this process (no worker, no timers) to read the product's storage and set the scene. */
  instance: AppServices;
  stop(): Promise<void>;
}

/** Options for {@link startCampaignStack}. */
export interface CampaignStackOptions {
  caDir: string;
  /** Keep Azurite's data in a folder (needed to restart it); in memory otherwise. */
  persistent?: boolean;
  /** Extra server settings (B365_*). */
  env?: Record<string, string>;
  tablePrefix?: string;
  /** Put a pass-through in front of Azurite that counts its error answers (see status-counter.ts). */
  countErrors?: boolean;
}

/** Starts Azurite and devtenant, and server instance 0; more instances come with startServer(n). */
export async function startCampaignStack(options: CampaignStackOptions): Promise<CampaignStack> {
  const ports = { tablePort: await freePort(), queuePort: await freePort() };
  const location = options.persistent ? await mkdtemp(path.join(os.tmpdir(), "b365-campaign-")) : undefined;
  let azurite: RunningAzurite = await startAzurite({ ...ports, ...(location ? { location } : {}) });
  const dt = await startChild("devtenant", process.execPath, ["--import", "tsx", "devtenant/main.ts"], {
    env: { DEVTENANT_HTTPS_PORT: "0", DEVTENANT_BROWSER_PORT: "0", DEVTENANT_CA_DIR: options.caDir, DEVTENANT_LOG_LEVEL: "error" },
    ready: (line) => line.startsWith('{"devtenant"'),
  });
  const devtenantUrl = (JSON.parse(dt.line).devtenant as { url: string }).url;
  const prefix = options.tablePrefix ?? "campaign";
  const counters = options.countErrors ? await Promise.all([startStatusCounter(ports.tablePort, prefix, "table"), startStatusCounter(ports.queuePort, prefix, "queue")]) : null;
  const serverStorage = counters
    ? `DefaultEndpointsProtocol=http;AccountName=${azuriteAccount.name};AccountKey=${azuriteAccount.key};` +
      `TableEndpoint=http://127.0.0.1:${counters[0].port}/${azuriteAccount.name};QueueEndpoint=http://127.0.0.1:${counters[1].port}/${azuriteAccount.name};`
    : azurite.connectionString;
  const base: Record<string, string> = {
    B365_MODE: "local", B365_HOST: "127.0.0.1", B365_AUTHORITY_HOST: devtenantUrl, B365_GRAPH_BASE_URL: devtenantUrl,
    B365_STORAGE_CONNECTION_STRING: serverStorage, B365_TABLE_PREFIX: prefix,
    B365_POLL_SECONDS: "1", B365_QUEUE_VISIBILITY_SECONDS: "5", B365_SWEEP_TICK_SECONDS: "3600", LOG_LEVEL: "warn",
    ...options.env,
  };
  const ownPorts: number[] = [];
  const envOf = async (index: number): Promise<Record<string, string>> => {
    ownPorts[index] ??= await freePort();
    const port = ownPorts[index]!;
    return { ...base, PORT: String(port), B365_PUBLIC_BASE_URL: `http://localhost:${port}` };
  };
  const servers: Array<ServerProcess | undefined> = [];
  const tally: LogTally = {};
  const startServer = async (index = 0): Promise<void> => {
    const server = await startServerProcess(await envOf(index));
    readline.createInterface({ input: server.child.stdout! }).on("line", (line) => countLog(line, tally));
    servers[index] = server;
  };
  await startServer(0);
  const instance = composeServices(loadConfig({ ...(await envOf(0)), B365_STORAGE_CONNECTION_STRING: azurite.connectionString }), pino({ level: "silent" }));
  return {
    devtenantUrl,
    admin: devtenantAdmin(devtenantUrl),
    url: (index = 0) => `http://localhost:${ownPorts[index]}`,
    startServer,
    async killServer(index = 0, signal: NodeJS.Signals = "SIGKILL") {
      await servers[index]?.kill(signal);
      servers[index] = undefined;
    },
    async restartAzurite(downMs) {
      await stopAzuriteSaving(azurite);
      await new Promise((r) => setTimeout(r, downMs));
      azurite = await startAzurite({ ...ports, ...(location ? { location } : {}) });
    },
    logs: () => ({ ...tally }),
    storageErrors: () => Object.assign({}, ...(counters ?? []).map((c) => c.counts())),
    instance,
    async stop() {
      await Promise.all(servers.map((s) => s?.kill("SIGTERM")));
      await stopChildren([dt.child]);
      await Promise.all((counters ?? []).map((c) => c.close()));
      await azurite.stop();
      if (location) await rm(location, { recursive: true, force: true });
    },
  };
}

/**
 * Stops Azurite so that a restart finds everything written: on SIGINT it saves its database files before exiting; on
 * SIGTERM (what scripts/lib/azurite.ts sends) it exits without saving the last seconds of writes (LokiJS autosave).
 */
async function stopAzuriteSaving(azurite: RunningAzurite): Promise<void> {
  const queuePids = await childPids("azurite-queue");
  const tableGone = new Promise<void>((resolve) => (azurite.process.exitCode !== null ? resolve() : azurite.process.once("exit", () => resolve())));
  azurite.process.kill("SIGINT");
  for (const pid of queuePids) process.kill(pid, "SIGINT");
  await tableGone;
  for (const pid of queuePids) while (alive(pid)) await new Promise((r) => setTimeout(r, 50));
  await azurite.stop();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function countLog(line: string, tally: LogTally): void {
  if (!line.startsWith("{")) return;
  try {
    const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { code?: string; statusCode?: number } };
    if ((entry.level ?? 0) < 40 || !entry.msg) return;
    const key = entry.err?.code ? `${entry.msg} (${entry.err.code})` : entry.msg;
    tally[key] = (tally[key] ?? 0) + 1;
  } catch {
    // not a log line of ours
  }
}
