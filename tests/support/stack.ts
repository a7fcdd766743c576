import { randomBytes } from "node:crypto";
import path from "node:path";
import { startDevTenant, type DevTenant } from "../../devtenant/start.js";
import { startAzurite, type RunningAzurite } from "../../scripts/lib/azurite.js";
import { freePort } from "../../scripts/lib/ports.js";
import { loadConfig, type ServerConfig } from "../../server/config/config.js";
import { createLogger, startServer, type RunningServer } from "../../server/start.js";
import { registerTeardown } from "./teardown.js";

/** Azurite and devtenant, started once for the whole mocha run (they are shared, like the cloud is). */
export interface SharedInfra {
  azurite: RunningAzurite;
  devtenant: DevTenant;
}

let shared: Promise<SharedInfra> | undefined;

/** The run's Azurite (in memory, free ports) and devtenant (in-process, free ports). */
export function sharedInfra(): Promise<SharedInfra> {
  shared ??= (async () => {
    const [azurite, devtenant] = await Promise.all([
      startAzurite({ tablePort: await freePort(), queuePort: await freePort() }),
      startDevTenant({ httpsPort: 0, browserPort: 0, caDir: process.env.B365_TEST_CA_DIR ?? path.resolve(".local/devtenant-ca") }),
    ]);
    registerTeardown(stopSharedInfra);
    return { azurite, devtenant };
  })();
  return shared;
}

/** Stops the shared infrastructure (registered as a teardown when first started). */
export async function stopSharedInfra(): Promise<void> {
  if (!shared) return;
  const { azurite, devtenant } = await shared;
  shared = undefined;
  await Promise.all([azurite.stop(), devtenant.close()]);
}

/** A product server of its own (fresh tables) on the shared infrastructure. */
export interface TestProduct extends RunningServer {
  config: ServerConfig;
  infra: SharedInfra;
}

/** The environment of a local-mode server on the shared Azurite and devtenant (fresh tables unless a prefix is given). */
export async function productEnv(env: Record<string, string> = {}): Promise<Record<string, string>> {
  const infra = await sharedInfra();
  const port = env.PORT ?? String(await freePort());
  return {
    B365_MODE: "local",
    PORT: String(port),
    B365_HOST: "127.0.0.1",
    B365_PUBLIC_BASE_URL: `http://localhost:${port}`,
    B365_AUTHORITY_HOST: infra.devtenant.url,
    B365_GRAPH_BASE_URL: infra.devtenant.url,
    B365_STORAGE_CONNECTION_STRING: infra.azurite.connectionString,
    B365_TABLE_PREFIX: `t${randomBytes(5).toString("hex")}`,
    B365_TAB_DIRECTORY: path.resolve("dist/tab"),
    B365_POLL_SECONDS: "1",
    B365_QUEUE_VISIBILITY_SECONDS: "5",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
    ...env,
  };
}

/** Starts the real server in-process with local-mode settings pointing at the shared Azurite and devtenant. */
export async function startProduct(env: Record<string, string> = {}): Promise<TestProduct> {
  const infra = await sharedInfra();
  const config = loadConfig(await productEnv(env));
  const port = config.port;
  const server = await startServer(config, createLogger(config));
  return { ...server, url: `http://localhost:${port}`, config, infra };
}
