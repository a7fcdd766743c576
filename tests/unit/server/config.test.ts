import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../../../server/config/config.js";
import { localDefaults } from "../../../server/config/local-defaults.js";

/** A complete, valid cloud environment, as infra/azure.bicep sets it. */
const cloud: Record<string, string> = {
  B365_MODE: "cloud",
  B365_PUBLIC_BASE_URL: "https://b365abc-web.azurewebsites.net",
  B365_AUTHORITY_HOST: "https://login.microsoftonline.com",
  B365_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
  B365_CLIENT_SECRET: "a-real-looking-secret-value",
  B365_MSP_TENANT_IDS: "0f1e2d3c-4b5a-4697-8877-665544332211",
  B365_STORAGE_TABLE_ENDPOINT: "https://b365abcstore.table.core.windows.net/",
  B365_STORAGE_QUEUE_ENDPOINT: "https://b365abcstore.queue.core.windows.net/",
  B365_MANAGED_IDENTITY_CLIENT_ID: "22222222-3333-4444-8555-666666666666",
  B365_CONSENT_SIGNING_KEY: "s".repeat(48),
  APPLICATIONINSIGHTS_CONNECTION_STRING: "InstrumentationKey=33333333-4444-4555-8666-777777777777;IngestionEndpoint=https://australiaeast-1.in.applicationinsights.azure.com/",
};

/** The problems a refused configuration names, one per line. */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    assert.equal(error.code, "CONFIG.INVALID");
    return [...error.problems];
  }
  assert.fail("the configuration was accepted");
}

describe("loadConfig", () => {
  it("runs in local mode with devtenant and Azurite defaults when no cloud settings are present", () => {
    const config = loadConfig({});
    assert.equal(config.mode, "local");
    assert.equal(config.authorityHost, localDefaults.authorityHost);
    assert.equal(config.clientId, localDefaults.clientId);
    assert.equal(config.apiScope, `api://localhost/${localDefaults.clientId}/access_as_user`);
    assert.deepEqual(config.mspTenantIds, [...localDefaults.mspTenantIds]);
    assert.deepEqual(config.storage, { tables: localDefaults.storageConnectionString, queues: localDefaults.storageConnectionString });
    assert.equal(config.appInsightsConnectionString, undefined, "telemetry is off locally");
    assert.equal(config.readyCacheSeconds, 5);
  });

  it("ignores an Application Insights connection string in local mode (telemetry is off locally)", () => {
    assert.equal(loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: cloud.APPLICATIONINSIGHTS_CONNECTION_STRING! }).appInsightsConnectionString, undefined);
  });

  it("accepts a complete cloud environment: Graph's real endpoint, storage by endpoint and managed identity", async () => {
    const config = loadConfig(cloud);
    assert.equal(config.mode, "cloud");
    assert.equal(config.graphBaseUrl, "https://graph.microsoft.com");
    assert.equal(config.apiScope, `api://b365abc-web.azurewebsites.net/${cloud.B365_CLIENT_ID}/access_as_user`);
    assert.equal(config.pollSeconds, 60);
    assert.equal(config.appInsightsConnectionString, cloud.APPLICATIONINSIGHTS_CONNECTION_STRING);
    const { tables, queues } = config.storage;
    assert.ok(typeof tables === "object" && typeof queues === "object");
    assert.equal(tables.url, cloud.B365_STORAGE_TABLE_ENDPOINT);
    assert.equal(queues.url, cloud.B365_STORAGE_QUEUE_ENDPOINT);
    assert.equal(tables.credential, queues.credential, "one identity for both");
    assert.equal(typeof tables.credential.getToken, "function");
  });

  it("switches to cloud mode when a cloud setting is present without B365_MODE", () => {
    const { B365_MODE: _mode, ...rest } = cloud;
    assert.equal(loadConfig(rest).mode, "cloud");
    assert.equal(loadConfig({ B365_MODE: "" }).mode, "local");
  });

  it("names every missing cloud setting by its environment variable instead of falling back to local ones", () => {
    assert.deepEqual(problemsOf({ B365_MODE: "cloud" }), [
      "B365_PUBLIC_BASE_URL: is not set (required in cloud mode)",
      "B365_AUTHORITY_HOST: is not set (required in cloud mode)",
      "B365_CLIENT_ID: is not set (required in cloud mode)",
      "B365_CLIENT_SECRET: is not set (required in cloud mode)",
      "B365_MSP_TENANT_IDS: is not set (required in cloud mode)",
      "B365_STORAGE_TABLE_ENDPOINT: is not set (required in cloud mode)",
      "B365_STORAGE_QUEUE_ENDPOINT: is not set (required in cloud mode)",
      "B365_CONSENT_SIGNING_KEY: is not set (required in cloud mode)",
      "APPLICATIONINSIGHTS_CONNECTION_STRING: is not set (required in cloud mode)",
    ]);
  });

  it("says everything in one error message, one problem a line", () => {
    assert.throws(() => loadConfig({ B365_MODE: "cloud" }), (e: Error) => e.message.startsWith("Invalid configuration (cloud mode):\n  - B365_PUBLIC_BASE_URL: is not set"));
  });

  it("refuses an unknown mode alone", () => {
    assert.deepEqual(problemsOf({ B365_MODE: "production" }), ['B365_MODE: must be "local" or "cloud"']);
  });

  it("treats an empty variable as unset, so its default applies", () => {
    assert.equal(loadConfig({ B365_HOST: "", PORT: "" }).host, "0.0.0.0");
  });

  it("validates the cloud-only settings in cloud mode", () => {
    assert.match(problemsOf({ ...cloud, B365_STORAGE_TABLE_ENDPOINT: "http://b365abcstore.table.core.windows.net/" }).join(), /B365_STORAGE_TABLE_ENDPOINT: must be an https:\/\/ URL/);
    assert.match(problemsOf({ ...cloud, B365_MANAGED_IDENTITY_CLIENT_ID: "me" }).join(), /B365_MANAGED_IDENTITY_CLIENT_ID: must be a GUID/);
    assert.match(problemsOf({ ...cloud, APPLICATIONINSIGHTS_CONNECTION_STRING: "IngestionEndpoint=https://x/" }).join(), /APPLICATIONINSIGHTS_CONNECTION_STRING: must contain InstrumentationKey=<GUID>/);
    const httpIngestion = "InstrumentationKey=33333333-4444-4555-8666-777777777777;IngestionEndpoint=http://collector.example/";
    assert.match(problemsOf({ ...cloud, APPLICATIONINSIGHTS_CONNECTION_STRING: httpIngestion }).join(), /IngestionEndpoint must be https/);
  });

  it("refuses the cloud-only storage settings in local mode (local storage is Azurite by connection string)", () => {
    assert.deepEqual(problemsOf({ B365_MODE: "local", B365_STORAGE_TABLE_ENDPOINT: cloud.B365_STORAGE_TABLE_ENDPOINT! }), [
      "B365_STORAGE_TABLE_ENDPOINT: is for cloud mode only; local mode uses Azurite (B365_STORAGE_CONNECTION_STRING)",
    ]);
  });

  it("reads report senders as tenant=address pairs", () => {
    const config = loadConfig({ B365_REPORT_SENDERS: "8A0B5D3E-1F2C-4E6A-9B7D-2C4E6F8A0B1C = reports@northwind.example , " });
    assert.deepEqual(config.reportSenders, { "8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c": "reports@northwind.example" });
  });
});
