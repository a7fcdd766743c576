import assert from "node:assert/strict";
import { AppCredentials } from "botframework-connector";
import { generateKeyPair, SignJWT, type JWK } from "jose";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { botChat, type ChatUser } from "../bot/bot-chat.js";
import { goodToken } from "./support/bad-credentials.js";
import { assertNothingWritten, storageSnapshot } from "./support/storage-snapshot.js";

const channelIssuer = "https://api.botframework.com";

describe("Bot endpoint: only activities the channel signed for this bot get in", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let chat: ReturnType<typeof botChat>;
  let operator: ChatUser;
  let channelKid: string;

  before(async () => {
    product = await startProduct();
    chat = botChat(product);
    operator = await chat.staff(staffUpns.operator);
    const metadata = (await (await fetch(`${product.infra.devtenant.url}/botframework/v1/.well-known/openidconfiguration`)).json()) as { jwks_uri: string };
    channelKid = ((await (await fetch(metadata.jwks_uri)).json()) as { keys: JWK[] }).keys[0]?.kid ?? "missing";
  });
  after(() => product?.close());

  const activity = () => ({
    type: "message",
    id: `m-${Date.now()}`,
    text: "customers",
    channelId: "msteams",
    serviceUrl: `${product.infra.devtenant.url}/connector/`,
    conversation: { id: "a:security-probe", conversationType: "personal", tenantId: operator.tenantId },
    from: { id: "29:security-probe", name: operator.name, aadObjectId: operator.aadObjectId },
    recipient: { id: `28:${product.config.clientId}` },
    channelData: { tenant: { id: operator.tenantId } },
  });
  const channelClaims = () => {
    const now = Math.floor(Date.now() / 1000);
    return { iss: channelIssuer, aud: product.config.clientId, serviceurl: `${product.infra.devtenant.url}/connector/`, nbf: now - 60, exp: now + 3600 };
  };
  const post = async (authorization: string | null): Promise<number> => {
    const response = await fetch(`${product.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(activity()),
    });
    await response.arrayBuffer();
    return response.status;
  };

  const forged: Array<[string, () => Promise<string | null>]> = [
    ["an unsigned activity (no Authorization)", async () => null],
    ["an activity with alg none", async () => `Bearer ${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify(channelClaims())).toString("base64url")}.`],
    ["an activity signed by a foreign key", async () => `Bearer ${await new SignJWT(channelClaims()).setProtectedHeader({ alg: "RS256", kid: "foreign" }).sign((await generateKeyPair("RS256")).privateKey)}`],
    ["a foreign key's signature under the channel key's kid", async () => `Bearer ${await new SignJWT(channelClaims()).setProtectedHeader({ alg: "RS256", kid: channelKid }).sign((await generateKeyPair("RS256")).privateKey)}`],
    ["channel claims signed by the Entra key (not the channel's)", async () => `Bearer ${(await devtenantAdmin(product.infra.devtenant.url).mint(channelClaims())).token}`],
    ["a staff member's API token", async () => `Bearer ${await goodToken(product.infra.devtenant.url)}`],
  ];
  for (const [what, authorization] of forged) {
    it(`answers 401 to ${what} and stores nothing`, async () => {
      const before = await storageSnapshot(product);
      assert.equal(await post(await authorization()), 401);
      assertNothingWritten(before, await storageSnapshot(product), what);
    });
  }

  it("answers 401 to a channel-signed activity for another bot (wrong audience): no reply, nothing stored", async () => {
    const before = await storageSnapshot(product);
    const result = await chat.say(operator, "customers", { botAppId: "00000000-0000-4000-8000-00000000b0b0" });
    assert.equal(result.status, 401);
    assert.deepEqual(result.activities, [], "the bot sent nothing");
    assertNothingWritten(before, await storageSnapshot(product), "a wrong-audience activity");
  });

  it("accepts the same activity signed for this bot (the control: the snapshot sees the conversation stored)", async () => {
    const before = await storageSnapshot(product);
    const result = await chat.say(operator, "customers");
    assert.equal(result.status, 200);
    assert.equal(result.activities.length, 1);
    const after = await storageSnapshot(product);
    assert.throws(() => assertNothingWritten(before, after, "a signed activity"), /conversations/, "an accepted activity is remembered");
  });

  it("replies with a connector token of its own, whatever another Bot Framework client in the process cached for the same app id", async () => {
    // botbuilder's AppCredentials keep one process-wide token per app id and scope, whoever issued it; the bot must not use it.
    const cache = (AppCredentials as unknown as { cache: Map<string, { accessToken: string; expiresOn: Date }> }).cache;
    const key = `${product.config.clientId}https://api.botframework.com-cache`;
    const foreign = (await devtenantAdmin(product.infra.devtenant.url).mint({ aud: "https://api.botframework.com", azp: product.config.clientId, iss: "https://elsewhere.example/" })).token;
    const earlier = cache.get(key);
    cache.set(key, { accessToken: foreign, expiresOn: new Date(Date.now() + 3_600_000) });
    try {
      const result = await chat.say(operator, "help");
      assert.equal(result.status, 200, JSON.stringify(result.body));
      assert.equal(result.activities.length, 1, "the reply reached the connector");
    } finally {
      if (earlier) cache.set(key, earlier);
      else cache.delete(key);
    }
  });

  it("answers 500, not 200, when the connector keeps refusing its reply (the failure is not swallowed)", async () => {
    const admin = devtenantAdmin(product.infra.devtenant.url);
    await admin.fault({ match: "POST /connector/v3/conversations/:conversationId/activities/:activityId", status: 429, retryAfterSeconds: 0, times: 50 });
    try {
      const result = await chat.say(operator, "help");
      assert.equal(result.status, 500, JSON.stringify(result.body));
      assert.deepEqual(result.activities, []);
    } finally {
      await admin.clearFaults();
    }
  });
});
