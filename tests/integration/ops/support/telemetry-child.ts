/**
 * Run as its own process by telemetry.test.ts (OpenTelemetry is process-global): starts telemetry the way
 * server/main.ts does, loads the whole server after it, serves one request and one outgoing call, flushes, exits.
 */
import http from "node:http";
import { startTelemetry } from "../../../../server/telemetry/start-telemetry.js";

const telemetry = await startTelemetry({ connectionString: process.env.TEST_APPINSIGHTS_CONNECTION_STRING });
await import("../../../../server/start.js"); // every module of the server must still load under the ESM hooks
const server = http.createServer((req, res) => res.end(req.url));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as { port: number };
const get = (path: string) =>
  new Promise<void>((resolve, reject) => http.get(`http://127.0.0.1:${port}${path}`, (res) => res.resume().on("end", resolve)).on("error", reject));
await get("/telemetry-probe?code=secret-code-123&state=secret-state-456");
await get("/healthz");
await new Promise<void>((resolve) => server.close(() => resolve()));
await telemetry.shutdown();
console.log(JSON.stringify({ enabled: telemetry.enabled }));
