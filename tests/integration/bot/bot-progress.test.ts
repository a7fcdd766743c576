import assert from "node:assert/strict";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { connectFreshTenant, waitForJob } from "../../support/jobs.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { botChat, shownText, type ChatUser } from "./bot-chat.js";

const intervalSeconds = 1;

describe("Bot progress cards: enable from chat, one card edited in place", function () {
  this.timeout(120_000);
  let product: TestProduct;
  let chat: ReturnType<typeof botChat>;
  let cloud: ReturnType<typeof devtenantAdmin>;
  let api: ReturnType<typeof apiClient>;
  let operator: ChatUser;

  before(async () => {
    product = await startProduct({ B365_CARD_EDIT_INTERVAL_SECONDS: String(intervalSeconds) });
    chat = botChat(product);
    cloud = devtenantAdmin(product.infra.devtenant.url);
    await cloud.clearFaults();
    await cloud.backupSettings({ protectAfterMs: 2_500, jobCompleteAfterMs: 500, failureRate: 0 });
    await chat.forgetConversations();
    const token = await signIn(product.url, staffUpns.operator);
    api = apiClient(product.url, token);
    operator = await chat.staff(staffUpns.operator);
    const installed = await chat.install(operator);
    assert.equal(installed.status, 200, JSON.stringify(installed));
    await connectFreshTenant(product.url, product.infra.devtenant.url, token, "contoso-dental", 300);
    await connectFreshTenant(product.url, product.infra.devtenant.url, token, "wingtip-toys", 120);
  });
  after(async () => {
    await cloud?.clearFaults();
    await cloud?.backupSettings({ protectAfterMs: 2_000, jobCompleteAfterMs: 500, failureRate: 0 });
    await product?.close();
  });

  /** Enables All from chat and waits until the job is finished and its card shows the final state. */
  async function enableAllFromChat(customer: string, customerId: string) {
    const started = Date.now();
    const said = await chat.say(operator, `enable ${customer} all`);
    assert.equal(said.status, 200, JSON.stringify(said));
    const answer = shownText(said.activities[0]?.activity);
    assert.match(answer, /Enable started for/);
    assert.match(answer, /A progress card follows/);
    const jobId = /Job (\w+)/.exec(answer)?.[1];
    assert.ok(jobId, answer);
    const job = await waitForJob(api, customerId, jobId, 90_000);
    const duration = (Date.now() - started) / 1000;
    for (const deadline = Date.now() + (intervalSeconds + 5) * 1000; ; await new Promise((r) => setTimeout(r, 250))) {
      const cards = await progressCards(said.conversationId, job.customerName ?? customer);
      const last = cards.length === 1 ? shownText(cards[0].activity) : "";
      if (/Provisioning complete/.test(last) || Date.now() > deadline) return { job, duration, cards, last };
    }
  }

  async function progressCards(conversationId: string, name: string): Promise<any[]> {
    const view = await chat.conversation(conversationId);
    return view.activities.filter((a: any) => a.fromBot && /^Provisioning (in progress|complete|finished|paused)/m.test(shownText(a.activity)) && shownText(a.activity).toLowerCase().includes(name.toLowerCase()));
  }

  it("runs enable <customer> all to done with exactly one progress card, edited in place and coalesced", async () => {
    const { job, duration, cards, last } = await enableAllFromChat("contoso dental", "contoso-dental");
    assert.equal(job.status, "done", JSON.stringify(job));
    assert.equal(cards.length, 1, `one progress card: ${cards.length}`);
    const [card] = cards;
    assert.ok(card.versions > 1, `edited in place: ${card.versions} versions`);
    assert.match(last, /Provisioning complete/);
    assert.match(last, new RegExp(`${job.counts.total} of ${job.counts.total} protected \\(100%\\)`));
    const allowed = duration / intervalSeconds + 2;
    assert.ok(card.edits <= allowed, `edits ${card.edits} ≤ ${allowed.toFixed(1)} (job ${duration.toFixed(1)} s)`);
    console.log(`      measured: job ${duration.toFixed(1)} s, ${card.versions} versions, ${card.edits} edits (bound ${allowed.toFixed(1)})`);
  });

  it("still ends with the final card when the connector throttles an edit (429 + Retry-After)", async () => {
    await cloud.fault({ match: "PUT /connector/v3/conversations/:conversationId/activities/:activityId", status: 429, retryAfterSeconds: 1, times: 1 });
    await cloud.resetCounters();
    const { job, cards, last, duration } = await enableAllFromChat("wingtip", "wingtip-toys");
    assert.equal(job.status, "done", JSON.stringify(job));
    assert.equal(cards.length, 1);
    assert.match(last, new RegExp(`${job.counts.total} of ${job.counts.total} protected`));
    const counters = await cloud.counters();
    assert.equal(counters["PUT /connector/v3/conversations/:conversationId/activities/:activityId (faulted)"], 1, JSON.stringify(counters));
    console.log(`      measured: job ${duration.toFixed(1)} s, ${cards[0].versions} versions, ${cards[0].edits} edits, 1 throttled`);
  });
});
