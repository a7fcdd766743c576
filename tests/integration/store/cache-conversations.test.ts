import assert from "node:assert/strict";
import { cacheConversations } from "../../../service/notify/cache-conversations.js";
import { createConversationRepository } from "../../../service/store/conversation.repository.js";
import { createTableClientFactory } from "../../../service/store/table-client-factory.js";
import { sharedInfra } from "../../support/stack.js";

/** The per-instance conversation list cache, over the real repository in Azurite, with a clock the test moves. */
describe("Conversations: one list read per MSP tenant a minute, fresh after a save through this instance", function () {
  this.timeout(30_000);
  const conversation = (n: number) => ({ conversationId: `19:c${n}@thread.tacv2`, serviceUrl: "https://smba.example/amer/", tenantId: "msp-1", conversationType: "channel", botId: "28:bot" });

  it("serves the cached list within a minute, shows its own saves at once and others' after the minute", async () => {
    const { azurite } = await sharedInfra();
    const tables = createTableClientFactory(azurite.connectionString, { tablePrefix: `conv${Date.now().toString(36)}` });
    const store = createConversationRepository(tables);
    let now = 1_000_000;
    const cached = cacheConversations(store, { ttlMs: 60_000, now: () => now });
    await cached.save(conversation(1));
    assert.deepEqual((await cached.list("msp-1")).map((c) => c.conversationId), [conversation(1).conversationId]);
    await store.save(conversation(2)); // another instance
    now += 30_000;
    assert.equal((await cached.list("msp-1")).length, 1, "still the list read 30 s ago");
    await cached.save(conversation(3));
    assert.equal((await cached.list("msp-1")).length, 3, "a save here shows at once");
    await store.save(conversation(4));
    now += 60_001;
    assert.equal((await cached.list("msp-1")).length, 4, "after a minute the list is read again");
    assert.deepEqual(await cached.list("other-msp"), []);
  });
});
