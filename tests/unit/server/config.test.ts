import assert from "node:assert/strict";
import { loadConfig } from "../../../server/config/config.js";
import { localDefaults } from "../../../server/config/local-defaults.js";

const cloud = {
  B365_MODE: "cloud",
  B365_PUBLIC_BASE_URL: "https://backup365.example.com",
  B365_AUTHORITY_HOST: "https://login.microsoftonline.com",
  B365_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
  B365_CLIENT_SECRET: "a-real-looking-secret-value",
  B365_MSP_TENANT_IDS: "8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c",
  B365_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=https;AccountName=b365prod;EndpointSuffix=core.windows.net",
  B365_CONSENT_SIGNING_KEY: "s".repeat(48),
};

describe("loadConfig", () => {
  it("runs in local mode with devtenant and Azurite defaults when no cloud settings are present", () => {
    const config = loadConfig({});
    assert.equal(config.mode, "local");
    assert.equal(config.authorityHost, localDefaults.authorityHost);
    assert.equal(config.clientId, localDefaults.clientId);
    assert.equal(config.apiScope, `api://localhost/${localDefaults.clientId}/access_as_user`);
    assert.deepEqual(config.mspTenantIds, [...localDefaults.mspTenantIds]);
  });

  it("switches to cloud mode when cloud settings are present, with Graph's real endpoint", () => {
    const config = loadConfig(cloud);
    assert.equal(config.mode, "cloud");
    assert.equal(config.graphBaseUrl, "https://graph.microsoft.com");
    assert.equal(config.apiScope, `api://backup365.example.com/${cloud.B365_CLIENT_ID}/access_as_user`);
  });

  it("names every missing cloud setting instead of falling back to local ones", () => {
    assert.throws(() => loadConfig({ B365_MODE: "cloud" }), (e: Error) => /clientId/.test(e.message) && /storageConnectionString/.test(e.message) && /consentSigningKey/.test(e.message));
  });

  it("refuses loopback, devtenant and Azurite endpoints in cloud mode", () => {
    assert.throws(() => loadConfig({ ...cloud, B365_AUTHORITY_HOST: "https://127.0.0.1:4400" }), /refuses.*authorityHost/);
    assert.throws(() => loadConfig({ ...cloud, B365_GRAPH_BASE_URL: "https://localhost:4400" }), /refuses.*graphBaseUrl/);
    assert.throws(() => loadConfig({ ...cloud, B365_STORAGE_CONNECTION_STRING: localDefaults.storageConnectionString }), /refuses.*storageConnectionString/);
  });

  it("refuses an http authority (msal-node would too)", () => {
    assert.throws(() => loadConfig({ B365_AUTHORITY_HOST: "http://127.0.0.1:4400" }), /authorityHost: must be https/);
  });

  it("rejects malformed values with the setting's name", () => {
    assert.throws(() => loadConfig({ B365_CLIENT_ID: "not-a-guid" }), /clientId: must be a GUID/);
    assert.throws(() => loadConfig({ PORT: "99999" }), /port/);
    assert.throws(() => loadConfig({ B365_MSP_TENANT_IDS: "x" }), /mspTenantIds/);
  });
});
