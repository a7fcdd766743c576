import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { syncKey, tenantUserTableName, userPartition } from "../../../../service/store/tenant-user-table.js";

const byPartitionThenRow = (a: string, b: string): number => {
  const pa = userPartition(a);
  const pb = userPartition(b);
  return pa < pb ? -1 : pa > pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe("tenant users table: one table per tenant, grouped partitions", () => {
  it("names a valid table of its own for each tenant (letters and digits, 3–63, starts with a letter)", () => {
    const a = tenantUserTableName("0B1C2D3E-4F5A-4B6C-8D7E-9F0A1B2C3D4E");
    assert.equal(a, "users0b1c2d3e4f5a4b6c8d7e9f0a1b2c3d4e");
    assert.notEqual(tenantUserTableName(randomUUID()), tenantUserTableName(randomUUID()));
    for (const name of [a, tenantUserTableName("contoso.onmicrosoft.com")]) assert.match(name, /^[A-Za-z][A-Za-z0-9]{2,62}$/);
  });

  it("spreads Graph's GUID ids over five partitions", () => {
    const partitions = new Set(Array.from({ length: 2_000 }, () => userPartition(randomUUID())));
    assert.deepEqual([...partitions].sort(), ["0", "4", "8", "a", "c"]);
  });

  it("scans in id order: sorting by partition then row equals sorting by id, for any ids", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 })), { maxLength: 60 }), (ids) => {
        assert.deepEqual([...ids].sort(byPartitionThenRow), [...ids].sort(byId));
      }),
    );
  });

  it("keeps the sync row after every user partition", () => {
    for (const first of "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") assert.ok(userPartition(first) < syncKey.partitionKey);
  });
});
