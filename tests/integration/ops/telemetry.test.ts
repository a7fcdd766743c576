import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import https from "node:https";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { startTelemetry } from "../../../server/telemetry/start-telemetry.js";
import { sharedInfra } from "../../support/stack.js";

interface Envelope {
  name?: string;
  data?: { baseType?: string; baseData?: { url?: string; data?: string; name?: string; responseCode?: string; target?: string } };
}

/** A stand-in for Application Insights' ingestion endpoint (HTTPS, the local CA): keeps every envelope posted to it. */
async function startIngestion(): Promise<{ url: string; envelopes: Envelope[]; close(): Promise<void> }> {
  await sharedInfra(); // issues the local CA's server certificate
  const caDir = process.env.B365_TEST_CA_DIR ?? path.resolve(".local/devtenant-ca");
  const tls = { cert: readFileSync(path.join(caDir, "devtenant-server.pem")), key: readFileSync(path.join(caDir, "devtenant-server.key")) };
  const envelopes: Envelope[] = [];
  const server = https.createServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => {
      const raw = Buffer.concat(chunks);
      const text = (req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
      const items = (text.trim().startsWith("[") ? JSON.parse(text) : text.split("\n").filter(Boolean).map((l) => JSON.parse(l))) as Envelope[];
      envelopes.push(...items);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `https://127.0.0.1:${port}/`, envelopes, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("startTelemetry", function () {
  this.timeout(60_000);

  it("stays off without a connection string (local mode) and loads nothing", async () => {
    const telemetry = await startTelemetry({});
    assert.equal(telemetry.enabled, false);
    await telemetry.shutdown();
  });

  it("exports request traces without query strings to Application Insights, leaves out the probes, and the server still loads under its hooks", async () => {
    const ingestion = await startIngestion();
    try {
      const connectionString = `InstrumentationKey=11111111-2222-4333-8444-555555555555;IngestionEndpoint=${ingestion.url}`;
      const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/ops/support/telemetry-child.ts"], {
        env: { ...process.env, TEST_APPINSIGHTS_CONNECTION_STRING: connectionString, APPLICATION_INSIGHTS_NO_STATSBEAT: "true", APPLICATIONINSIGHTS_SDKSTATS_DISABLED: "true" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (c: Buffer) => (output += c.toString()));
      child.stderr.on("data", (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      assert.equal(code, 0, output);
      assert.match(output, /\{"enabled":true\}/);
      const requests = ingestion.envelopes.filter((e) => e.data?.baseType === "RequestData").map((e) => e.data?.baseData?.url ?? "");
      assert.ok(requests.some((u) => u.endsWith("/telemetry-probe")), `requests seen: ${JSON.stringify(requests)}`);
      assert.ok(!requests.some((u) => u.endsWith("/healthz")), "health probes are not traced");
      const dependencies = ingestion.envelopes.filter((e) => e.data?.baseType === "RemoteDependencyData").map((e) => e.data?.baseData?.data ?? "");
      assert.ok(dependencies.some((d) => d.endsWith("/telemetry-probe")), `outgoing HTTP is traced too: ${JSON.stringify(dependencies)}`);
      const leaked = ingestion.envelopes.filter((e) => /secret-code-123|secret-state-456/.test(JSON.stringify(e)));
      assert.deepEqual(leaked, [], "query strings (authorization codes, states) are not exported, in or out");
      assert.ok(ingestion.envelopes.some((e) => e.data?.baseType === "MetricData"), "standard metrics are exported too");
    } finally {
      await ingestion.close();
    }
  });
});
