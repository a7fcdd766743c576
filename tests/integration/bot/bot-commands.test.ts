import assert from "node:assert/strict";
import { staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { botChat, shownText, type ChatUser } from "./bot-chat.js";

describe("Bot chat commands, through devtenant's Teams channel", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let chat: ReturnType<typeof botChat>;
  let operator: ChatUser;
  let viewer: ChatUser;
  const reply = async (user: ChatUser, text: string): Promise<string> => {
    const result = await chat.say(user, text);
    assert.equal(result.status, 200, JSON.stringify(result.body));
    assert.equal(result.activities.length, 1, JSON.stringify(result.activities));
    return shownText(result.activities[0].activity);
  };

  before(async () => {
    product = await startProduct({ B365_CARD_EDIT_INTERVAL_SECONDS: "1" });
    chat = botChat(product);
    await chat.forgetConversations();
    operator = await chat.staff(staffUpns.operator);
    viewer = await chat.staff(staffUpns.viewer);
  });
  after(() => product?.close());

  it("answers help, customers, status and unknown text with the right cards", async () => {
    assert.match(await reply(operator, "help"), /Backup365: what I can do/);
    const customers = await reply(operator, "customers");
    assert.match(customers, /Contoso Dental/);
    assert.match(customers, /Tailspin Toys/);
    assert.doesNotMatch(customers, /Adventure Works/, "another MSP's customer");
    assert.match(await reply(operator, "status tailspin"), /Tailspin Toys/);
    assert.match(await reply(operator, "frobnicate everything"), /Try one of these/);
  });

  it("refuses a viewer's enable, and asks a stranger to sign in to the tab first", async () => {
    assert.match(await reply(viewer, "enable contoso dental all"), /Not allowed for your role/);
    const stranger = { ...operator, aadObjectId: "d0000000-0000-4000-8000-00000000000d" };
    assert.match(await reply(stranger, "customers"), /Sign in to the Backup365 tab once/);
  });

  it("says enable needs an authorised customer first", async () => {
    assert.match(await reply(operator, "enable proseware all"), /Authorise Proseware first/);
  });

  it("answers 401 to an unsigned activity", async () => {
    const activity = { type: "message", text: "hi", channelId: "msteams", serviceUrl: `${product.infra.devtenant.url}/connector/`, conversation: { id: "a:x" }, from: { id: "29:x" }, recipient: { id: `28:${product.config.clientId}` } };
    const response = await fetch(`${product.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
    assert.equal(response.status, 401);
  });
});
