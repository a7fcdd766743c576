import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import restify, { type Server } from "restify";
import { createTeamsBot, type TeamsBotOptions } from "../../../bot/adapter/teams-bot.adapter.js";
import type { AdaptiveCard } from "../../../bot/cards/card-types.js";
import type { IncomingTurn, Reply } from "../../../bot/turn.js";

// The channel's side of Bot Framework auth, on loopback: OpenID metadata and a JWKS whose key endorses "msteams".
// No Bot Connector is involved: Action.Execute is answered in the HTTP response itself.
const botId = "0b0b0b0b-0000-0000-0000-000000000001";
const issuer = "https://channel.local.test";
const serviceUrl = "https://smba.local.test/";
const tenantId = "11111111-2222-3333-4444-555555555555";
const card: AdaptiveCard = { type: "AdaptiveCard", version: "1.5", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", body: [], actions: [] };

let replyWith: (turn: IncomingTurn) => Promise<Reply> = async () => ({ card });
const handled: IncomingTurn[] = [];
const errors: unknown[] = [];
let url = "";
let sign: (claims: { aud?: string }) => Promise<string>;
const servers: Array<http.Server | Server> = [];

async function listen(server: http.Server | Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function invoke(name: string, token: string | null, value: unknown = {}): Promise<Response> {
  const activity = {
    type: "invoke", name, id: "1", channelId: "msteams", serviceUrl, value,
    from: { id: "29:1", aadObjectId: "b0000000-0000-0000-0000-00000000000b", name: "Olivia Operator" },
    conversation: { id: "a:1", conversationType: "personal", tenantId },
    channelData: { tenant: { id: tenantId } },
    recipient: { id: `28:${botId}` },
  };
  const headers: Record<string, string> = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return fetch(url, { method: "POST", headers, body: JSON.stringify(activity) });
}

const execute = { action: { type: "Action.Execute", verb: "pickCustomer", data: { verb: "pickCustomer", command: "status", customerId: "c-1" } } };

describe("createTeamsBot", () => {
  before(async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "k1", use: "sig", alg: "RS256", endorsements: ["msteams"] };
    const idp = http.createServer((req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(req.url === "/keys" ? { keys: [jwk] } : { issuer, jwks_uri: `${idpUrl}/keys`, id_token_signing_alg_values_supported: ["RS256"] }));
    });
    const idpUrl = await listen(idp);
    sign = ({ aud = botId }) =>
      new SignJWT({ serviceurl: serviceUrl }).setProtectedHeader({ alg: "RS256", kid: "k1" }).setIssuer(issuer).setAudience(aud).setIssuedAt().setExpirationTime("5m").sign(privateKey);
    const options: TeamsBotOptions = {
      botId,
      credentials: { clientSecret: "unused: nothing here calls the Bot Connector" },
      auth: { openIdMetadataUrl: `${idpUrl}/.well-known/openid-configuration`, tokenIssuer: issuer, loginUrl: `${idpUrl}/${tenantId}`, oauthScope: "https://api.botframework.com" },
      handle: (turn) => (handled.push(turn), replyWith(turn)),
      onError: (error) => errors.push(error),
    };
    const bot = createTeamsBot(options);
    const server = restify.createServer();
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    server.post("/api/messages", async (req, res) => {
      await bot.process(req, res);
    });
    url = `${await listen(server)}/api/messages`;
  });
  after(() => servers.forEach((s) => s.close()));
  beforeEach(() => {
    handled.length = 0;
    errors.length = 0;
    replyWith = async () => ({ card });
  });

  it("refuses an empty bot ID, which would switch authentication off", () => {
    assert.throws(() => createTeamsBot({ botId: " ", credentials: { clientSecret: "x" }, handle: replyWith, onError: () => undefined }), /authentication off/);
  });

  it("answers 401 without a channel token for this bot, before any turn runs", async () => {
    const logged: unknown[] = [];
    const consoleError = console.error; // botbuilder's CloudAdapter reports each refusal there; keep the run readable
    console.error = (...args: unknown[]) => void logged.push(...args);
    try {
      for (const token of [null, "not-a-jwt", await sign({ aud: "someone-else" })]) assert.equal((await invoke("adaptiveCard/action", token, execute)).status, 401);
    } finally {
      console.error = consoleError;
    }
    assert.deepEqual(handled, []);
    assert.equal(logged.length, 0, "refusals are answered by us, without botbuilder's console noise");
  });

  it("turns an Action.Execute into a cardAction turn and answers with the new card in the invoke response", async () => {
    const response = await invoke("adaptiveCard/action", await sign({}), execute);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card });
    assert.deepEqual(handled, [
      {
        kind: "cardAction",
        text: "",
        value: { verb: "pickCustomer", command: "status", customerId: "c-1" },
        from: { id: "29:1", aadObjectId: "b0000000-0000-0000-0000-00000000000b", name: "Olivia Operator" },
        conversation: { id: "a:1", conversationType: "personal" },
        tenantId,
      },
    ]);
  });

  it("answers a text reply as a message, and a failing handler with the error card (and tells onError)", async () => {
    replyWith = async () => ({ text: "Done" });
    assert.deepEqual(await (await invoke("adaptiveCard/action", await sign({}), execute)).json(), { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: "Done" });
    replyWith = async () => Promise.reject(new Error("boom"));
    const body = (await (await invoke("adaptiveCard/action", await sign({}), execute)).json()) as { value: { body: Array<{ text: string }> } };
    assert.equal(body.value.body[0]?.text, "Something went wrong");
    assert.match(String(errors[0]), /boom/);
  });

  it("answers other invokes 501 without a turn", async () => {
    assert.equal((await invoke("task/fetch", await sign({}))).status, 501);
    assert.deepEqual(handled, []);
  });
});
