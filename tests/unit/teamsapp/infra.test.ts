import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig } from "../../../server/config/config.js";
import { settingEnvNames } from "../../../server/config/settings.js";
import { repoRoot } from "../app-package/shared-schema.js";

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
const bicep = read("infra/azure.bicep");
const parameters = JSON.parse(read("infra/azure.parameters.json")) as { parameters: Record<string, { value: string }> };
const settings = new Map([...bicep.matchAll(/\{ name: '(\w+)', value: (.+) \}/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));

/** What server/config says cloud mode cannot start without. */
function requiredInCloud(): string[] {
  try {
    loadConfig({ B365_MODE: "cloud" });
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems.filter((p) => p.endsWith("is not set (required in cloud mode)")).map((p) => p.split(":")[0] ?? "");
  }
  assert.fail("cloud mode started with no settings");
}

describe("infra/azure.bicep and azure.parameters.json", () => {
  const declared = new Map([...bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => [m[1] ?? "", m[2] !== undefined]));

  it("passes only declared parameters and every parameter that has no default, and uses every parameter", () => {
    for (const name of Object.keys(parameters.parameters)) assert.ok(declared.has(name), `${name} is not a param`);
    for (const [name, hasDefault] of declared) if (!hasDefault) assert.ok(name in parameters.parameters, `${name} has no value`);
    for (const name of declared.keys()) assert.ok((bicep.match(new RegExp(`\\b${name}\\b`, "g"))?.length ?? 0) >= 2, `${name} is never used`);
  });

  it("keeps the client secret out of app settings: Key Vault holds it", () => {
    assert.equal(parameters.parameters.aadAppClientSecret?.value, "${{SECRET_AAD_APP_CLIENT_SECRET}}");
    assert.match(bicep, /@secure\(\)\n(@description\(.*\)\n)?param aadAppClientSecret string/);
    assert.equal(bicep.match(/\baadAppClientSecret\b/g)?.length, 2, "declared once, used once (the Key Vault secret)");
    assert.match(bicep, /properties: \{ value: aadAppClientSecret \}/);
    assert.match(bicep, /enableRbacAuthorization: true/);
  });

  it("gives the server every setting cloud mode requires (server/config), secrets only as Key Vault references", () => {
    assert.equal(settings.get("B365_MODE"), "'cloud'");
    const required = requiredInCloud();
    assert.ok(required.length >= 9, required.join());
    for (const name of required) assert.ok(settings.has(name), `${name} is required in cloud mode but the Bicep does not set it`);
    for (const name of ["B365_CLIENT_SECRET", "B365_CONSENT_SIGNING_KEY"]) assert.match(settings.get(name) ?? "", /^(clientSecret|signingKey)Reference$/, name);
    assert.match(bicep, /var clientSecretReference = '@Microsoft\.KeyVault\(VaultName=/);
  });

  it("sets nothing the server does not read, and no storage key or connection string", () => {
    const known = new Set([...Object.values(settingEnvNames), "NODE_ENV", "WEBSITE_RUN_FROM_PACKAGE", "SCM_DO_BUILD_DURING_DEPLOYMENT"]);
    for (const name of settings.keys()) assert.ok(known.has(name), `${name} is set but nothing reads it`);
    assert.ok(!settings.has("B365_STORAGE_CONNECTION_STRING"), "cloud mode reaches storage by endpoint and identity");
    assert.doesNotMatch(bicep, /AccountKey|listKeys\(|MicrosoftAppPassword/, "no storage key, no second copy of the secret");
    assert.match(settings.get("B365_STORAGE_TABLE_ENDPOINT") ?? "", /primaryEndpoints\.table$/);
    assert.match(settings.get("B365_STORAGE_QUEUE_ENDPOINT") ?? "", /primaryEndpoints\.queue$/);
    assert.equal(settings.get("B365_MANAGED_IDENTITY_CLIENT_ID"), "identity.properties.clientId");
    assert.equal(settings.get("APPLICATIONINSIGHTS_CONNECTION_STRING"), "insights.properties.ConnectionString");
  });

  it("runs Node 20 LTS, always on, HTTPS only, with /healthz as App Service's health check", () => {
    for (const pattern of [/linuxFxVersion: 'NODE\|20-lts'/, /alwaysOn: true/, /httpsOnly: true/, /healthCheckPath: '\/healthz'/]) {
      assert.match(bicep, pattern);
    }
  });

  it("gives the Web App a user-assigned identity that holds its roles before the app first starts", () => {
    assert.match(bicep, /resource identity 'Microsoft\.ManagedIdentity\/userAssignedIdentities@2023-01-31'/);
    assert.match(bicep, /type: 'UserAssigned'\n\s+userAssignedIdentities: \{ '\$\{identity\.id\}': \{\} \}/);
    assert.match(bicep, /keyVaultReferenceIdentity: identity\.id/);
    assert.match(bicep, /dependsOn: \[tableRole, queueRole, secretsRole\]/);
  });

  it("turns off shared keys and grants the identity table, queue and secret roles", () => {
    assert.match(bicep, /allowSharedKeyAccess: false/);
    for (const role of ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "4633458b-17de-408a-b874-0445c86b69e6"]) {
      assert.ok(bicep.includes(`'${role}'`), role);
    }
    assert.equal(bicep.match(/principalId: identity\.properties\.principalId\n\s+principalType: 'ServicePrincipal'/g)?.length, 3);
  });

  it("registers an Azure Bot with the Teams channel enabled and outputs what teamsapp.yml reads", () => {
    assert.match(bicep, /Microsoft\.BotService\/botServices@/);
    assert.match(bicep, /channelName: 'MsTeamsChannel'\n\s+properties: \{ isEnabled: true \}/);
    const outputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]);
    for (const name of ["TAB_DOMAIN", "TAB_ENDPOINT", "AZURE_APP_SERVICE_RESOURCE_ID"]) assert.ok(outputs.includes(name), name);
  });

  it("pins an apiVersion on every resource", () => {
    const resources = [...bicep.matchAll(/^resource \w+ '([^']+)'/gm)].map((m) => m[1] ?? "");
    assert.ok(resources.length >= 14, String(resources.length));
    for (const type of resources) assert.match(type, /^Microsoft\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/);
  });

  it("deploys what the server runs: .webappignore is anchored and keeps the server, its packages and the built tab", () => {
    const patterns = read("infra/.webappignore").split("\n").filter((l) => l.trim() && !l.startsWith("#"));
    for (const pattern of patterns) assert.match(pattern, /^(\/|\*\.)/, `${pattern} is not anchored, so it also matches inside node_modules or dist`);
    const excluded = (file: string) => patterns.some((p) => p.startsWith("/") && (file === p.slice(1) || file.startsWith(`${p.slice(1)}/`)));
    for (const kept of ["server/main.ts", "service/index.ts", "bot/index.ts", "contract/index.ts", "dist/tab/index.html", "node_modules/tsx/package.json", "package.json", "tsconfig.json"]) {
      assert.ok(!excluded(kept), `${kept} must be deployed`);
    }
  });
});
