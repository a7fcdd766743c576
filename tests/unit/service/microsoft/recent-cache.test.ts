import assert from "node:assert/strict";
import fc from "fast-check";
import { recentCache } from "../../../../service/microsoft/recent-cache.js";

describe("recentCache: per-tenant clients for the tenants in use", () => {
  it("drops the least recently used entry, and a read counts as a use", () => {
    const cache = recentCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    assert.equal(cache.get("a"), 1);
    cache.set("c", 3);
    assert.equal(cache.get("b"), undefined, "b was the least recently used");
    assert.equal(cache.get("a"), 1);
    assert.equal(cache.get("c"), 3);
    cache.set("a", 10);
    assert.equal(cache.get("a"), 10);
    assert.equal(cache.size, 2);
  });

  it("never holds more than its bound and always holds the last `max` keys touched", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.tuple(fc.boolean(), fc.constantFrom("a", "b", "c", "d", "e", "f"))), (max, ops) => {
        const cache = recentCache<string>(max);
        const touched: string[] = [];
        for (const [write, key] of ops) {
          if (write) cache.set(key, key);
          else if (cache.get(key) === undefined) continue;
          touched.splice(touched.indexOf(key) >>> 0, touched.includes(key) ? 1 : 0);
          touched.push(key);
        }
        assert.ok(cache.size <= max);
        for (const key of touched.slice(-max)) assert.equal(cache.get(key), key);
      }),
    );
  });
});
