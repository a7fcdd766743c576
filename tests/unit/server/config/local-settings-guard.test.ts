import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "../../../../server/config/config.js";
import { localDefaults } from "../../../../server/config/local-defaults.js";
import { isLoopbackUrl } from "../../../../server/config/local-settings-guard.js";

const cloud: Record<string, string> = {
  B365_MODE: "cloud",
  B365_PUBLIC_BASE_URL: "https://b365abc-web.azurewebsites.net",
  B365_AUTHORITY_HOST: "https://login.microsoftonline.com",
  B365_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
  B365_CLIENT_SECRET: "a-real-looking-secret-value",
  B365_MSP_TENANT_IDS: "0f1e2d3c-4b5a-4697-8877-665544332211",
  B365_STORAGE_TABLE_ENDPOINT: "https://b365abcstore.table.core.windows.net/",
  B365_STORAGE_QUEUE_ENDPOINT: "https://b365abcstore.queue.core.windows.net/",
  B365_CONSENT_SIGNING_KEY: "s".repeat(48),
  APPLICATIONINSIGHTS_CONNECTION_STRING: "InstrumentationKey=33333333-4444-4555-8666-777777777777;IngestionEndpoint=https://australiaeast-1.in.applicationinsights.azure.com/",
};

function refused(change: Record<string, string>): string[] {
  try {
    loadConfig({ ...cloud, ...change });
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return [...error.problems];
  }
  assert.fail(`cloud mode accepted ${JSON.stringify(change)}`);
}

describe("isLoopbackUrl", () => {
  it("knows this machine by every name", () => {
    for (const url of ["https://127.0.0.1:4400", "http://localhost:3978", "https://LOCALHOST/", "https://[::1]:10002/", "https://127.1.2.3", "https://0.0.0.0:80", "https://app.localhost", "localhost:3978", "https://[::ffff:127.0.0.1]/"]) {
      assert.ok(isLoopbackUrl(url), url);
    }
    for (const url of ["https://login.microsoftonline.com", "https://b365.table.core.windows.net/", "https://10.0.0.4", "https://localhost.example.com", "not a url at all"]) {
      assert.ok(!isLoopbackUrl(url), url);
    }
  });
});

describe("cloud mode refuses local, devtenant and Azurite settings", () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ["devtenant's issuer and key set (the authority)", { B365_AUTHORITY_HOST: localDefaults.authorityHost }, /^B365_AUTHORITY_HOST: points at this machine/],
    ["a localhost authority", { B365_AUTHORITY_HOST: "https://localhost:4400" }, /^B365_AUTHORITY_HOST: points at this machine/],
    ["devtenant's Graph", { B365_GRAPH_BASE_URL: "https://127.0.0.1:4400" }, /^B365_GRAPH_BASE_URL: points at this machine/],
    ["plain-http Graph", { B365_GRAPH_BASE_URL: "http://graph.microsoft.com" }, /^B365_GRAPH_BASE_URL: must be https:\/\/ in cloud mode/],
    ["a localhost public URL", { B365_PUBLIC_BASE_URL: "http://localhost:3978" }, /^B365_PUBLIC_BASE_URL: points at this machine/],
    ["a plain-http public URL", { B365_PUBLIC_BASE_URL: "http://b365abc-web.azurewebsites.net" }, /^B365_PUBLIC_BASE_URL: must be https:\/\//],
    ["Azurite's table endpoint", { B365_STORAGE_TABLE_ENDPOINT: "https://127.0.0.1:10002/devstoreaccount1" }, /^B365_STORAGE_TABLE_ENDPOINT: points at this machine/],
    ["Azurite's queue endpoint", { B365_STORAGE_QUEUE_ENDPOINT: "https://[::1]:10001/devstoreaccount1" }, /^B365_STORAGE_QUEUE_ENDPOINT: points at this machine/],
    ["the development account by name", { B365_STORAGE_QUEUE_ENDPOINT: "https://devstoreaccount1.queue.core.windows.net/" }, /^B365_STORAGE_QUEUE_ENDPOINT: names Azurite's development account/],
    ["a storage connection string (keys)", { B365_STORAGE_CONNECTION_STRING: localDefaults.storageConnectionString }, /^B365_STORAGE_CONNECTION_STRING: is not used in cloud mode \(no storage keys\)/],
    ["the local API audience", { B365_API_SCOPE: `api://localhost/${cloud.B365_CLIENT_ID}/access_as_user` }, /^B365_API_SCOPE: is local mode's api:\/\/localhost audience/],
    ["devtenant's app registration", { B365_CLIENT_ID: localDefaults.clientId }, /^B365_CLIENT_ID: is devtenant's seeded app registration/],
    ["devtenant's secret", { B365_CLIENT_SECRET: localDefaults.clientSecret }, /^B365_CLIENT_SECRET: is devtenant's published local secret/],
    ["local mode's signing key", { B365_CONSENT_SIGNING_KEY: localDefaults.consentSigningKey }, /^B365_CONSENT_SIGNING_KEY: is local mode's published key/],
    ["devtenant's MSP tenants", { B365_MSP_TENANT_IDS: localDefaults.mspTenantIds.join(",") }, /^B365_MSP_TENANT_IDS: .* are devtenant tenants$/],
    ["a loopback telemetry collector", { APPLICATIONINSIGHTS_CONNECTION_STRING: "InstrumentationKey=33333333-4444-4555-8666-777777777777;IngestionEndpoint=https://127.0.0.1:9/" }, /^APPLICATIONINSIGHTS_CONNECTION_STRING: its IngestionEndpoint points at this machine/],
  ];
  for (const [what, change, expected] of cases) {
    it(`refuses ${what}`, () => {
      const problems = refused(change);
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.match(problems[0] ?? "", expected);
    });
  }

  it("names every offender at once, so one deploy fixes them all", () => {
    const problems = refused({
      B365_AUTHORITY_HOST: localDefaults.authorityHost,
      B365_GRAPH_BASE_URL: localDefaults.graphBaseUrl,
      B365_CLIENT_SECRET: localDefaults.clientSecret,
      B365_STORAGE_TABLE_ENDPOINT: "https://localhost:10002/devstoreaccount1",
    });
    assert.deepEqual(problems.map((p) => p.split(":")[0]), ["B365_AUTHORITY_HOST", "B365_GRAPH_BASE_URL", "B365_STORAGE_TABLE_ENDPOINT", "B365_CLIENT_SECRET"]);
  });

  it("accepts the same values in local mode, where they are the defaults", () => {
    assert.equal(loadConfig({ B365_MODE: "local", B365_AUTHORITY_HOST: localDefaults.authorityHost }).mode, "local");
  });
});
