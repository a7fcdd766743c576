import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../app-package/shared-schema.js";

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");
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
 * infra/README.md lists where each was checked; the aad manifest must ask for exactly these. Customers consent
 * to all of them at Authorise, so nothing only the MSP tenant needs is here: Mail.Send (report emails from the
 * MSP's mailbox) is granted in the MSP tenant alone (docs/deploy.md), and Sites.Read.All already reads OneDrives.
 */
const GRAPH_PERMISSIONS: Record<string, { id: string; type: "Role" | "Scope" }> = {
  "User.Read.All (application)": { id: "df021288-bdef-4463-88db-98f22de89214", type: "Role" },
  "Organization.Read.All (application)": { id: "498476ce-e0fe-48b0-b801-37ba7e2685c6", type: "Role" },
  "Sites.Read.All (application)": { id: "332a536c-c7ef-4017-ab91-336970924f0d", type: "Role" },
  "BackupRestore-Configuration.ReadWrite.All (application)": { id: "18133149-5489-40ac-80f0-4b6fa85f6cdc", type: "Role" },
  "BackupRestore-Control.ReadWrite.All (application)": { id: "fb240865-88f8-4a1d-923f-98dbc7920860", type: "Role" },
  "BackupRestore-Control.ReadWrite.All (delegated)": { id: "96d46335-d92d-41b8-bc9f-273a692381ea", type: "Scope" },
  "User.Read (delegated)": { id: "e1fe6dd8-ba31-4d61-89e7-88639da4683d", type: "Scope" },
  "openid (delegated)": { id: "37f7f235-527c-4136-accd-4a02d197296e", type: "Scope" },
  "profile (delegated)": { id: "14dad69e-099b-42c9-810b-d002981feec1", type: "Scope" },
  "offline_access (delegated)": { id: "7427e0e9-2fba-42fe-b0c0-848c9e6a8182", type: "Scope" },
};
const MAIL_SEND_APPLICATION = "b633e1c5-b582-4048-a93e-9f11b44c7e96";
const TEAMS_CLIENTS = ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"];

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

  it("leaves Mail.Send out of what customers consent to; docs/deploy.md grants it in the MSP tenant", () => {
    assert.ok(!JSON.stringify(aad).includes(MAIL_SEND_APPLICATION));
    assert.ok(read("docs/deploy.md").includes(MAIL_SEND_APPLICATION), "the MSP-tenant grant of Mail.Send is documented with its id");
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
