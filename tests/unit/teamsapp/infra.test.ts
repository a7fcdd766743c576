import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../app-package/shared-schema.js";

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
const bicep = read("infra/azure.bicep");
const parameters = JSON.parse(read("infra/azure.parameters.json")) as { parameters: Record<string, { value: string }> };
const aad = JSON.parse(read("infra/aad.manifest.json")) as {
  signInAudience: string;
  identifierUris: string[];
  api: {
    oauth2PermissionScopes: Array<{ id: string; value: string; type: string }>;
    preAuthorizedApplications: Array<{ appId: string; delegatedPermissionIds: string[] }>;
  };
  appRoles: Array<{ id: string; value: string; allowedMemberTypes: string[] }>;
  requiredResourceAccess: Array<{ resourceAppId: string; resourceAccess: Array<{ id: string; type: string }> }>;
  web: { redirectUris: string[] };
};

/**
 * Microsoft Graph permission ids by name (Role = application, Scope = delegated), as Graph publishes them.
 * infra/README.md lists where each was checked; the aad manifest must ask for exactly these.
 */
const GRAPH_PERMISSIONS: Record<string, { id: string; type: "Role" | "Scope" }> = {
  "User.Read.All (application)": { id: "df021288-bdef-4463-88db-98f22de89214", type: "Role" },
  "Organization.Read.All (application)": { id: "498476ce-e0fe-48b0-b801-37ba7e2685c6", type: "Role" },
  "Sites.Read.All (application)": { id: "332a536c-c7ef-4017-ab91-336970924f0d", type: "Role" },
  "Files.Read.All (application)": { id: "01d4889c-1287-42c6-ac1f-5d1e02578ef6", type: "Role" },
  "BackupRestore-Configuration.ReadWrite.All (application)": { id: "18133149-5489-40ac-80f0-4b6fa85f6cdc", type: "Role" },
  "BackupRestore-Control.ReadWrite.All (application)": { id: "fb240865-88f8-4a1d-923f-98dbc7920860", type: "Role" },
  "Mail.Send (application)": { id: "b633e1c5-b582-4048-a93e-9f11b44c7e96", type: "Role" },
  "BackupRestore-Control.ReadWrite.All (delegated)": { id: "96d46335-d92d-41b8-bc9f-273a692381ea", type: "Scope" },
  "User.Read (delegated)": { id: "e1fe6dd8-ba31-4d61-89e7-88639da4683d", type: "Scope" },
  "openid (delegated)": { id: "37f7f235-527c-4136-accd-4a02d197296e", type: "Scope" },
  "profile (delegated)": { id: "14dad69e-099b-42c9-810b-d002981feec1", type: "Scope" },
  "offline_access (delegated)": { id: "7427e0e9-2fba-42fe-b0c0-848c9e6a8182", type: "Scope" },
};
const TEAMS_CLIENTS = ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"];

describe("infra/azure.bicep and azure.parameters.json", () => {
  const declared = new Map([...bicep.matchAll(/^param (\w+) \w+( = .*)?$/gm)].map((m) => [m[1] ?? "", m[2] !== undefined]));

  it("passes only declared parameters and every parameter that has no default", () => {
    for (const name of Object.keys(parameters.parameters)) assert.ok(declared.has(name), `${name} is not a param`);
    for (const [name, hasDefault] of declared) if (!hasDefault) assert.ok(name in parameters.parameters, `${name} has no value`);
  });

  it("keeps the client secret out of app settings: Key Vault holds it", () => {
    assert.equal(parameters.parameters.aadAppClientSecret?.value, "${{SECRET_AAD_APP_CLIENT_SECRET}}");
    assert.match(bicep, /@secure\(\)\n(@description\(.*\)\n)?param aadAppClientSecret string/);
    assert.equal(bicep.match(/\baadAppClientSecret\b/g)?.length, 2, "declared once, used once (the Key Vault secret)");
    assert.match(bicep, /properties: \{ value: aadAppClientSecret \}/);
    assert.match(bicep, /enableRbacAuthorization: true/);
  });

  it("gives the server its cloud settings, secrets only as Key Vault references", () => {
    const settings = new Map([...bicep.matchAll(/\{ name: '(\w+)', value: (.+) \}/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
    assert.equal(settings.get("B365_MODE"), "'cloud'");
    const required = ["B365_PUBLIC_BASE_URL", "B365_AUTHORITY_HOST", "B365_CLIENT_ID", "B365_MSP_TENANT_IDS", "B365_STORAGE_CONNECTION_STRING"];
    for (const name of required) assert.ok(settings.has(name), name);
    for (const name of ["B365_CLIENT_SECRET", "B365_CONSENT_SIGNING_KEY", "MicrosoftAppPassword"]) {
      assert.match(settings.get(name) ?? "", /^(clientSecret|signingKey)Reference$/, name);
    }
    assert.match(bicep, /var clientSecretReference = '@Microsoft\.KeyVault\(VaultName=/);
    assert.doesNotMatch(bicep, /AccountKey|listKeys\(/, "no storage key anywhere");
  });

  it("runs Node 20 LTS, always on, HTTPS only, with a system-assigned identity", () => {
    for (const pattern of [/linuxFxVersion: 'NODE\|20-lts'/, /alwaysOn: true/, /httpsOnly: true/, /identity: \{ type: 'SystemAssigned' \}/]) {
      assert.match(bicep, pattern);
    }
  });

  it("turns off shared keys and grants the identity table, queue and secret roles", () => {
    assert.match(bicep, /allowSharedKeyAccess: false/);
    for (const role of ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "4633458b-17de-408a-b874-0445c86b69e6"]) {
      assert.ok(bicep.includes(`'${role}'`), role);
    }
    assert.equal(bicep.match(/principalId: web\.identity\.principalId/g)?.length, 3);
  });

  it("registers an Azure Bot with the Teams channel and outputs what teamsapp.yml reads", () => {
    assert.match(bicep, /Microsoft\.BotService\/botServices@/);
    assert.match(bicep, /channelName: 'MsTeamsChannel'/);
    const outputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]);
    for (const name of ["TAB_DOMAIN", "TAB_ENDPOINT", "AZURE_APP_SERVICE_RESOURCE_ID"]) assert.ok(outputs.includes(name), name);
  });
});

describe("infra/aad.manifest.json", () => {
  it("is a multi-tenant app whose identifier URI is the manifest's webApplicationInfo.resource", () => {
    assert.equal(aad.signInAudience, "AzureADMultipleOrgs");
    const manifest = JSON.parse(read("appPackage/manifest.template.json")) as { webApplicationInfo: { resource: string } };
    assert.deepEqual(aad.identifierUris, [manifest.webApplicationInfo.resource]);
  });

  it("asks Microsoft Graph for exactly the product's permissions", () => {
    assert.deepEqual(aad.requiredResourceAccess.map((r) => r.resourceAppId), ["00000003-0000-0000-c000-000000000000"]);
    const asked = aad.requiredResourceAccess[0]?.resourceAccess ?? [];
    assert.deepEqual(asked, Object.values(GRAPH_PERMISSIONS));
  });

  it("defines the staff app roles with distinct ids", () => {
    assert.deepEqual(aad.appRoles.map((r) => r.value), ["Backup.Admin", "Backup.Operator", "Backup.Viewer"]);
    assert.equal(new Set(aad.appRoles.map((r) => r.id)).size, 3);
    for (const role of aad.appRoles) {
      assert.match(role.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.deepEqual(role.allowedMemberTypes, ["User"]);
    }
  });

  it("exposes access_as_user, pre-authorised for the Teams desktop/mobile and web clients", () => {
    const [scope] = aad.api.oauth2PermissionScopes;
    assert.equal(scope?.value, "access_as_user");
    assert.deepEqual(aad.api.preAuthorizedApplications, TEAMS_CLIENTS.map((appId) => ({ appId, delegatedPermissionIds: [scope?.id] })));
  });

  it("redirects to the consent and sign-in callbacks on TAB_DOMAIN", () => {
    assert.deepEqual(aad.web.redirectUris, ["https://${{TAB_DOMAIN}}/auth/consent/callback", "https://${{TAB_DOMAIN}}/auth/signin/callback"]);
  });
});
