import assert from "node:assert/strict";
import path from "node:path";
import type { AccessToken, TokenCredential } from "@azure/identity";
import { createAzureWorkQueue, createTableClientFactory } from "../../../service/index.js";
import { sharedInfra } from "../../support/stack.js";
import { fakeStorageCredential, startOAuthAzurite, type OAuthAzurite } from "./support/azurite-oauth.js";

/** Cloud mode reaches storage with an endpoint and a token (the managed identity), never a key: the same code, against Azurite. */
describe("storage through an endpoint and an Entra ID token (cloud mode's managed identity)", function () {
  this.timeout(60_000);
  let azurite: OAuthAzurite;
  before(async () => {
    await sharedInfra(); // issues the local CA's server certificate that Azurite serves
    azurite = await startOAuthAzurite(process.env.B365_TEST_CA_DIR ?? path.resolve(".local/devtenant-ca"));
  });
  after(() => azurite?.stop());

  it("creates tables and writes rows with bearer tokens for Azure Storage", async () => {
    const credential = fakeStorageCredential();
    const tables = createTableClientFactory({ url: azurite.tableUrl, credential }, { tablePrefix: "mi" });
    await tables.ping();
    const client = await tables.ensure("things");
    await client.upsertEntity({ partitionKey: "p", rowKey: "r", value: 42 });
    assert.equal((await client.getEntity<{ value: number }>("p", "r")).value, 42);
    assert.ok(credential.scopes.every((s) => s === "https://storage.azure.com/.default"), credential.scopes.join());
  });

  it("sends, receives and completes queue messages with bearer tokens", async () => {
    const queue = createAzureWorkQueue({ url: azurite.queueUrl, credential: fakeStorageCredential() }, "mi-jobs");
    await queue.ping();
    await queue.send({ mspTenantId: "m", customerId: "c", jobId: "j1" });
    const [work] = await queue.receive({ max: 1, visibilitySeconds: 5 });
    assert.deepEqual(work?.item, { mspTenantId: "m", customerId: "c", jobId: "j1" });
    await work?.complete();
  });

  it("fails the readiness ping when no token can be had (e.g. the role or identity is missing)", async () => {
    const broken: TokenCredential = { getToken: async (): Promise<AccessToken | null> => Promise.reject(new Error("ManagedIdentityCredential: no identity")) };
    await assert.rejects(createTableClientFactory({ url: azurite.tableUrl, credential: broken }).ping(), /no identity/);
    await assert.rejects(createAzureWorkQueue({ url: azurite.queueUrl, credential: broken }, "mi-jobs").ping(), /no identity/);
  });

  it("is refused by the account without a token, as a keyless account refuses anonymous calls", async () => {
    const response = await fetch(`${azurite.tableUrl}/Tables`, { headers: { accept: "application/json" } });
    assert.equal(response.status, 403);
  });
});
