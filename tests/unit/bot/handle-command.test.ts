import assert from "node:assert/strict";
import { tabLinksFromBase } from "../../../bot/cards/tab-links.js";
import type { CommandRequest } from "../../../bot/commands/card-action.js";
import { commandKinds, commandTable } from "../../../bot/commands/command-table.js";
import { parseCommand } from "../../../bot/commands/parse-command.js";
import type { BotDeps } from "../../../bot/handlers/bot-deps.js";
import { chatHandlers, handleCommand } from "../../../bot/handlers/handle-command.js";
import type { Reply } from "../../../bot/turn.js";
import type { Staff } from "../../../service/index.js";
import { customerStoreWith } from "./bot-store.js";
import { sampleCustomers, sampleStaff } from "./sample-customers.js";

const otherMsp = "99999999-8888-7777-6666-555555555555";
let deps: BotDeps;

before(async () => {
  const customers = await customerStoreWith([...sampleCustomers(), { ...sampleCustomers(otherMsp)[0]!, id: "c-foreign", name: "Foreign Wingtip" }]);
  deps = { ...({} as BotDeps), customers, staffDirectory: { findStaff: async () => null }, tabLinks: tabLinksFromBase("https://tab.example/") };
});

/** All the text a reply shows, to assert on. */
function shown(reply: Reply): string {
  if ("text" in reply) return reply.text;
  const out: string[] = [];
  JSON.stringify(reply.card, (key, value: unknown) => {
    if (typeof value === "string" && ["text", "title", "value", "url"].includes(key)) out.push(value);
    return value;
  });
  return out.join("\n");
}
const ask = (staff: Staff, text: string): Promise<Reply> => handleCommand(deps, staff, { command: parseCommand(text) });
const operator = sampleStaff("operator");
const viewer = sampleStaff("viewer");

describe("handleCommand", () => {
  it("answers help and unknown input with the help card (short, with the reason, for unknown)", async () => {
    assert.match(shown(await ask(operator, "help")), /Backup365: what I can do/);
    const unknown = shown(await ask(operator, "status"));
    assert.match(unknown, /status needs a customer name/);
    assert.match(unknown, /Try one of these/);
    assert.match(shown(await ask(operator, "make coffee")), /I don't know "make"/);
  });

  it("lists only the asker's MSP's customers", async () => {
    const text = shown(await ask(viewer, "customers"));
    assert.match(text, /Wingtip Toys/);
    assert.match(text, /Northwind Health/);
    assert.doesNotMatch(text, /Foreign/);
    assert.match(text, /5 customers/);
  });

  it("shows a status by forgiving name, and lets a viewer ask", async () => {
    const text = shown(await ask(viewer, "<at>Backup365</at> status contoso"));
    assert.match(text, /Next step:\*\* Enable/);
    assert.match(shown(await ask(viewer, "status wingtp toys")), /Wingtip Toys[\s\S]*On file \(Manage Protect\)/);
  });

  it("asks which customer when several fit, offering pickCustomer buttons", async () => {
    const reply = await ask(operator, "status northwind");
    assert.match(shown(reply), /Which customer did you mean\?/);
    assert.ok("card" in reply && JSON.stringify(reply.card).includes('"customerId":"c-northwind-2"'));
  });

  it("says when no customer fits, with near names or without", async () => {
    assert.match(shown(await ask(operator, "status wngtp tys")), /No customer called[\s\S]*Wingtip Toys/);
    const none = shown(await ask(operator, "status zzzzzz"));
    assert.match(none, /No such customer/);
    assert.match(none, /Type "customers" to see them all/);
  });

  it("runs a picked customer by ID, and never another MSP's", async () => {
    const picked: CommandRequest = { command: { kind: "status", customer: "c-fabrikam" }, customerId: "c-fabrikam" };
    assert.match(shown(await handleCommand(deps, operator, picked)), /Last Authorise attempt/);
    const foreign: CommandRequest = { command: { kind: "status", customer: "c-foreign" }, customerId: "c-foreign" };
    assert.match(shown(await handleCommand(deps, operator, foreign)), /No such customer/);
  });

  it("refuses a viewer who asks to act, before looking anything up", async () => {
    for (const text of ["enable wingtip all", "auto on contoso", "provision contoso", "enable nobody-at-all all"]) {
      const reply = shown(await ask(viewer, text));
      assert.match(reply, /Not allowed for your role/, text);
      assert.match(reply, /Your role \(viewer\) can look but not change anything/, text);
    }
  });

  it("enables from chat only for an authorised customer (the job itself is tested in tests/integration/bot)", async () => {
    assert.match(shown(await ask(operator, "enable wingtip toys megan@wingtiptoys.onmicrosoft.com")), /Authorise Wingtip Toys first/);
  });

  it("turns Enable Auto and Provision only for an authorised customer, and asks when the name is ambiguous", async () => {
    assert.match(shown(await ask(operator, "auto on wingtip toys")), /Authorise Wingtip Toys first/);
    assert.match(shown(await ask(sampleStaff("admin"), "provision wingtip toys")), /Authorise Wingtip Toys first/);
    assert.match(shown(await ask(operator, "enable northwind all")), /Which customer did you mean\?/);
  });
});

describe("commandTable", () => {
  it("has a chat handler for exactly the commands marked availableInChat", () => {
    for (const kind of commandKinds) assert.equal(kind in chatHandlers, commandTable[kind].availableInChat, kind);
  });

  it("names the tab's button for every command chat cannot run yet", () => {
    for (const kind of commandKinds.filter((k) => !commandTable[k].availableInChat)) assert.ok(commandTable[kind].tabButton, kind);
  });
});
