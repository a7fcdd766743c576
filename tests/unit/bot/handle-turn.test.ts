import assert from "node:assert/strict";
import { tabLinksFromBase } from "../../../bot/cards/tab-links.js";
import { pickCustomerData, retryFailedData } from "../../../bot/commands/card-action.js";
import type { BotDeps } from "../../../bot/handlers/bot-deps.js";
import { createTurnHandler } from "../../../bot/handlers/handle-turn.js";
import type { StaffDirectory } from "../../../bot/identity/staff-directory.port.js";
import type { IncomingTurn, Reply } from "../../../bot/turn.js";
import type { Staff } from "../../../service/index.js";
import { customerStoreWith } from "./bot-store.js";
import { mspTenantId, sampleCustomers, sampleStaff } from "./sample-customers.js";

const known = [sampleStaff("operator"), sampleStaff("viewer")];
const lookups: string[] = [];
const directory: StaffDirectory = {
  async findStaff(tenantId, oid) {
    lookups.push(`${tenantId}/${oid}`);
    return known.find((s) => s.mspTenantId === tenantId && s.oid === oid) ?? null;
  },
};
let handle: (turn: IncomingTurn) => Promise<Reply>;

before(async () => {
  const jobs = { get: async () => null } as unknown as BotDeps["jobs"];
  const deps: BotDeps = { ...({} as BotDeps), jobs, customers: await customerStoreWith(sampleCustomers()), staffDirectory: directory, tabLinks: tabLinksFromBase("https://tab.example/") };
  handle = createTurnHandler(deps);
});

function turn(staff: Pick<Staff, "oid"> | null, fields: Partial<IncomingTurn> = {}): IncomingTurn {
  return { kind: "message", text: "", from: { id: "29:1", ...(staff ? { aadObjectId: staff.oid } : {}) }, conversation: { id: "a:1" }, tenantId: mspTenantId, ...fields };
}
const shown = (reply: Reply): string => ("text" in reply ? reply.text : JSON.stringify(reply.card));

describe("createTurnHandler", () => {
  it("asks someone it cannot place to sign in to the tab once, without guessing a role", async () => {
    const stranger = { oid: "d0000000-0000-0000-0000-00000000000d" };
    assert.match(shown(await handle(turn(stranger, { text: "customers" }))), /Sign in to the Backup365 tab once so we know your role/);
    lookups.length = 0;
    assert.match(shown(await handle(turn(null, { text: "customers" }))), /Sign in to the Backup365 tab once/);
    assert.match(shown(await handle(turn(sampleStaff("operator"), { text: "customers", tenantId: undefined }))), /Sign in to the Backup365 tab once/);
    assert.deepEqual(lookups, [], "no lookup without both tenant and object ID");
  });

  it("answers a typed command for a known staff member", async () => {
    assert.match(shown(await handle(turn(sampleStaff("viewer"), { text: "<at>Backup365</at> customers" }))), /Northwind Traders/);
  });

  it("finishes a command from a pickCustomer button, by Action.Execute or its Action.Submit fallback", async () => {
    const value = pickCustomerData({ kind: "status", customer: "northwind" }, "c-northwind-2");
    for (const pressed of [turn(sampleStaff("viewer"), { kind: "cardAction", value }), turn(sampleStaff("viewer"), { value })]) {
      const reply = shown(await handle(pressed));
      assert.match(reply, /Northwind Health/);
      assert.doesNotMatch(reply, /Northwind Traders/);
    }
  });

  it("refuses a viewer's Retry failed, and retries an operator's (here: a job that is gone)", async () => {
    const value = retryFailedData("job-1", "c-contoso");
    assert.match(shown(await handle(turn(sampleStaff("viewer"), { kind: "cardAction", value }))), /Not allowed for your role/);
    assert.match(shown(await handle(turn(sampleStaff("operator"), { kind: "cardAction", value }))), /That job does not exist for this customer/);
  });

  it("does not trust malformed button data", async () => {
    for (const value of [{ verb: "pickCustomer", command: "status" }, { verb: "pickCustomer", command: "enable", customerId: "c-contoso", target: { user: 1 } }, { verb: "drop tables" }, "x", [1]]) {
      assert.match(shown(await handle(turn(sampleStaff("operator"), { kind: "cardAction", value }))), /older card/, JSON.stringify(value));
    }
    assert.match(shown(await handle(turn(sampleStaff("operator"), { text: "status contoso", value: { unrelated: true } }))), /Contoso Ltd/);
  });
});
