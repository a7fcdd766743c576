import { QueueClient } from "@azure/storage-queue";
import { pino } from "pino";
import { azuriteAccount, startAzurite, type RunningAzurite } from "../scripts/lib/azurite.js";
import { startChild, stopChildren } from "../scripts/lib/child-process.js";
import { freePort } from "../scripts/lib/ports.js";
import { composeServices, type AppServices } from "../server/compose.js";
import { loadConfig } from "../server/config/config.js";
import { startServerProcess, type ServerProcess } from "../tests/support/server-process.js";
import { childPids } from "./proc-stats.js";
import { startStorageCounter } from "../scripts/lib/storage-counter.js";

/** devtenant as its own process, so its memory and CPU are its own. */
export interface DevTenantProcess {
  url: string;
  browserUrl: string;
  pid: number;
}

/** Everything one Enable Auto bench run talks to: Azurite, devtenant and the server, each its own process. */
export interface AutoStack {
  azurite: RunningAzurite;
  azuriteQueuePid: number;
  devtenant: DevTenantProcess;
  serverUrl: string;
  /** The running server instances; the first serves the API the bench calls. */
  servers(): ServerProcess[];
  /** Fresh server processes on the same storage (cold token cache and memory, as the next night would be). */
  restartServers(count: number): Promise<void>;
  /** A second instance in this process (no worker, no timers): the one that wins the night's lease and fans out. */
  instance: AppServices;
  /** Storage requests of the server and of this instance (through a counting pass-through), by kind. */
  storage: { counts(): Record<string, number>; reset(): void };
  /** Messages in the jobs queue, visible or not: one per unfinished job. */
  queuedMessages(): Promise<number>;
  stop(): Promise<void>;
}

const tablePrefix = "benchauto";

/**
 * V8 flags for Azurite beyond its heap size: B365_BENCH_AZURITE_NODE_OPTIONS, or by default a 64 MB young generation.
 * Azurite holds every row of the bench (2 million at 1,000 customers) as objects in its heap; with V8's default young
 * generation most of its CPU at that size is garbage collection (docs/benchmarks.md). Set the variable empty for V8's
 * defaults.
 */
export function azuriteFlags(): string {
  return (process.env.B365_BENCH_AZURITE_NODE_OPTIONS ?? "--max-semi-space-size=64").trim();
}

/** Starts Azurite (with room for millions of rows), devtenant and one server; stop() ends them all. */
export async function startAutoStack(caDir: string, options: { azuriteHeapMb?: number; pollSeconds?: number } = {}): Promise<AutoStack> {
  const nodeOptions = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${nodeOptions ?? ""} --max-old-space-size=${options.azuriteHeapMb ?? 12_288} ${azuriteFlags()}`.trim();
  const ports = { tablePort: await freePort(), queuePort: await freePort() };
  const azurite = await startAzurite(ports).finally(() => {
    if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = nodeOptions;
  });
  const azuriteQueuePid = (await childPids("azurite-queue"))[0] ?? 0;
  const dt = await startChild("devtenant", process.execPath, ["--import", "tsx", "devtenant/main.ts"], {
    env: { DEVTENANT_HTTPS_PORT: "0", DEVTENANT_BROWSER_PORT: "0", DEVTENANT_CA_DIR: caDir, DEVTENANT_LOG_LEVEL: "warn" },
    ready: (line) => line.startsWith('{"devtenant"'),
  });
  const devtenant = { ...(JSON.parse(dt.line).devtenant as { url: string; browserUrl: string }), pid: dt.child.pid! };
  const tables = await startStorageCounter(ports.tablePort, tablePrefix);
  const queues = await startStorageCounter(ports.queuePort, tablePrefix);
  const account = azuriteAccount.name;
  const counted =
    `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${azuriteAccount.key};` +
    `TableEndpoint=http://127.0.0.1:${tables.port}/${account};QueueEndpoint=http://127.0.0.1:${queues.port}/${account};`;
  const port = await freePort();
  const serverUrl = `http://localhost:${port}`;
  const env: Record<string, string> = {
    B365_MODE: "local", PORT: String(port), B365_HOST: "127.0.0.1", B365_PUBLIC_BASE_URL: serverUrl,
    B365_AUTHORITY_HOST: devtenant.url, B365_GRAPH_BASE_URL: devtenant.url, B365_STORAGE_CONNECTION_STRING: counted,
    B365_TABLE_PREFIX: tablePrefix, B365_POLL_SECONDS: String(options.pollSeconds ?? 2), B365_SWEEP_TICK_SECONDS: "3600", LOG_LEVEL: "warn",
  };
  const instanceEnv = async (index: number): Promise<Record<string, string>> => {
    if (index === 0) return env;
    const own = await freePort();
    return { ...env, PORT: String(own), B365_PUBLIC_BASE_URL: `http://localhost:${own}` };
  };
  let servers = [await startServerProcess(env)];
  const instance = composeServices(loadConfig(env), pino({ level: "warn" }));
  // The server's own queue name rule (server/compose.ts): `${prefix}-jobs`, lower case.
  const queue = new QueueClient(azurite.connectionString, `${tablePrefix}-jobs`.toLowerCase());
  return {
    azurite,
    azuriteQueuePid,
    devtenant,
    serverUrl,
    servers: () => servers,
    async restartServers(count) {
      await Promise.all(servers.map(stopServer));
      servers = [];
      for (let i = 0; i < count; i++) servers.push(await startServerProcess(await instanceEnv(i)));
    },
    instance,
    storage: {
      counts: () => ({ ...tables.counts(), ...queues.counts() }),
      reset: () => (tables.reset(), queues.reset()),
    },
    async queuedMessages() {
      return (await queue.getProperties()).approximateMessagesCount ?? 0;
    },
    async stop() {
      await Promise.all(servers.map(stopServer));
      await stopChildren([dt.child]);
      await Promise.all([tables.close(), queues.close()]);
      await azurite.stop();
    },
  };
}

/** SIGTERM (the server drains its worker), then SIGKILL if it has not exited within 15 s. */
async function stopServer(server: ServerProcess): Promise<void> {
  const force = setTimeout(() => void server.kill("SIGKILL"), 15_000);
  await server.kill("SIGTERM");
  clearTimeout(force);
}
