import path from "node:path";
import { startAzurite } from "./lib/azurite.js";
import { startChild, stopChildren } from "./lib/child-process.js";
import { ensureLocalCaCert } from "./lib/local-ca.js";

/**
 * `npm start`: the whole product on this machine. Azurite (tables and queues, data kept in .local/azurite),
 * devtenant (the local Microsoft cloud) and the server, each its own process, meeting only over HTTP.
 */
const port = Number(process.env.PORT ?? 3978);
const caCertPath = await ensureLocalCaCert();

const azurite = await startAzurite({ tablePort: 10002, queuePort: 10001, location: path.resolve(".local/azurite") });
const devtenant = await startChild("devtenant", process.execPath, ["--import", "tsx", "devtenant/main.ts"], {
  env: { DEVTENANT_HTTPS_PORT: "4400", DEVTENANT_BROWSER_PORT: "4401", DEVTENANT_CA_DIR: path.dirname(caCertPath) },
  ready: (line) => line.startsWith('{"devtenant"'),
});
const cloud = (JSON.parse(devtenant.line) as { devtenant: { url: string; browserUrl: string } }).devtenant;
const server = await startChild("server", process.execPath, ["--import", "tsx", "server/main.ts"], {
  env: {
    NODE_EXTRA_CA_CERTS: caCertPath,
    B365_MODE: "local",
    PORT: String(port),
    B365_PUBLIC_BASE_URL: `http://localhost:${port}`,
    B365_AUTHORITY_HOST: cloud.url,
    B365_GRAPH_BASE_URL: cloud.url,
    B365_STORAGE_CONNECTION_STRING: azurite.connectionString,
  },
  ready: (line) => line.includes("Backup365 for Teams is listening"),
});

console.log(`
  Backup365 for Teams is running (local mode)

    Open:        http://localhost:${port}
    Sign in as:  Ada Admin (admin), Oscar Operator (operator) or Vera Viewer (viewer)
    devtenant:   ${cloud.url} (Microsoft's endpoints), ${cloud.browserUrl} (its sign-in pages)
    Storage:     Azurite, data in .local/azurite

  Ctrl+C stops everything.
`);

let stopping = false;
const stop = async (code: number): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await stopChildren([server.child, devtenant.child]);
  await azurite.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
for (const { child } of [server, devtenant]) child.once("exit", (code) => void stop(code ?? 1));
