import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { localDefaults } from "../../../server/config/local-defaults.js";

/** Runs server/main.ts as App Service would, with only the given settings, and collects what it prints until it exits. */
function runServer(settings: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { PATH: process.env.PATH ?? "", NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? "", ...settings },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  return new Promise((resolve) => child.once("exit", (code) => (clearTimeout(timer), resolve({ code, output }))));
}

describe("server/main.ts in cloud mode", function () {
  this.timeout(30_000);

  it("refuses to start on devtenant's and Azurite's settings, naming each, before it listens", async () => {
    const { code, output } = await runServer({
      B365_MODE: "cloud",
      PORT: "0",
      B365_PUBLIC_BASE_URL: "https://b365abc-web.azurewebsites.net",
      B365_AUTHORITY_HOST: localDefaults.authorityHost,
      B365_GRAPH_BASE_URL: localDefaults.graphBaseUrl,
      B365_CLIENT_ID: localDefaults.clientId,
      B365_CLIENT_SECRET: localDefaults.clientSecret,
      B365_MSP_TENANT_IDS: localDefaults.mspTenantIds[0],
      B365_STORAGE_TABLE_ENDPOINT: "https://127.0.0.1:10002/devstoreaccount1",
      B365_STORAGE_QUEUE_ENDPOINT: "https://127.0.0.1:10001/devstoreaccount1",
      B365_CONSENT_SIGNING_KEY: localDefaults.consentSigningKey,
      APPLICATIONINSIGHTS_CONNECTION_STRING: "InstrumentationKey=33333333-4444-4555-8666-777777777777;IngestionEndpoint=https://australiaeast-1.in.applicationinsights.azure.com/",
    });
    assert.equal(code, 1, output);
    assert.match(output, /Backup365 for Teams did not start\.\nInvalid configuration \(cloud mode\):/);
    for (const name of ["B365_AUTHORITY_HOST", "B365_GRAPH_BASE_URL", "B365_CLIENT_ID", "B365_CLIENT_SECRET", "B365_MSP_TENANT_IDS", "B365_STORAGE_TABLE_ENDPOINT", "B365_STORAGE_QUEUE_ENDPOINT", "B365_CONSENT_SIGNING_KEY"]) {
      assert.match(output, new RegExp(`  - ${name}: `), name);
    }
    assert.doesNotMatch(output, /is listening/);
    assert.doesNotMatch(output, /at .*\.ts:\d+/, "a clear list, not a stack trace");
  });

  it("names every missing setting when nothing is configured", async () => {
    const { code, output } = await runServer({ B365_MODE: "cloud" });
    assert.equal(code, 1, output);
    assert.match(output, /B365_STORAGE_TABLE_ENDPOINT: is not set \(required in cloud mode\)/);
    assert.match(output, /APPLICATIONINSIGHTS_CONNECTION_STRING: is not set/);
  });
});
