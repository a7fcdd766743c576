import assert from "node:assert/strict";
import { buildAmbiguousCard } from "../../../bot/cards/ambiguous.card.js";
import type { AdaptiveCard, CardObject } from "../../../bot/cards/card-types.js";
import { buildCustomersCard } from "../../../bot/cards/customers.card.js";
import { buildHelpCard } from "../../../bot/cards/help.card.js";
import { buildProgressCard } from "../../../bot/cards/progress.card.js";
import { buildStatusCard } from "../../../bot/cards/status.card.js";
import { compileCardSchema, describeErrors } from "./card-schema.js";
import { links, sampleCards, sampleProgress } from "./sample-cards.js";
import { sampleCustomers } from "./sample-customers.js";

const validate = compileCardSchema();

/** Every object in a card (elements, actions, facts), depth first. */
function objects(node: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(node)) return node.flatMap(objects);
  if (node === null || typeof node !== "object") return [];
  return [node as Record<string, unknown>, ...Object.values(node).flatMap(objects)];
}
const texts = (card: AdaptiveCard): string => objects(card).flatMap((o) => [o.text, o.value, o.title].filter((v) => typeof v === "string")).join("\n");
const ofType = (card: AdaptiveCard, type: string): CardObject[] => objects(card).filter((o) => o.type === type) as CardObject[];

describe("card builders (Adaptive Card 1.5 schema)", () => {
  for (const [name, card] of Object.entries(sampleCards())) {
    it(`${name} is a valid 1.5 card`, () => {
      assert.equal(card.version, "1.5");
      assert.equal(card.$schema, "http://adaptivecards.io/schemas/adaptive-card.json");
      assert.ok(validate(card), `${name}:\n${describeErrors(validate.errors)}`);
      assert.ok(JSON.stringify(card).length < 28_000, "Teams refuses cards over about 28 KB");
    });
  }

  it("the validator is not vacuous: unknown properties, elements and 1.6 names fail", () => {
    const card = sampleCards()["help-operator"]!;
    assert.equal(validate({ ...card, body: [{ type: "TextBlock", text: "x", colour: "good" }] }), false);
    assert.equal(validate({ ...card, body: [{ type: "ProgressBar", value: 50 }] }), false);
    assert.equal(validate({ ...card, actions: [{ type: "Action.Execute", verb: "x", menuActions: [] }] }), false);
  });

  it("every Action.Execute falls back to an Action.Submit with the same title and data (the schema lets any object through there)", () => {
    for (const [name, card] of Object.entries(sampleCards())) {
      for (const action of ofType(card, "Action.Execute")) {
        assert.deepEqual(action.fallback, { type: "Action.Submit", title: action.title, data: action.data, ...(action.style ? { style: action.style } : {}) }, name);
        assert.equal((action.data as { verb?: unknown }).verb, action.verb, name);
      }
    }
  });
});

describe("buildHelpCard", () => {
  it("lists every command; for a viewer, marks what only looks and what needs another role", () => {
    const operator = texts(buildHelpCard({ role: "operator" }));
    for (const usage of ["**help**", "**customers**", "**status** _customer_", "**enable** _customer_ all | _user_", "**auto** on | off _customer_", "**provision** _customer_"]) {
      assert.ok(operator.includes(usage), usage);
    }
    assert.doesNotMatch(operator, /read-only/);
    const viewer = texts(buildHelpCard({ role: "viewer" }));
    assert.match(viewer, /\*\*status\*\* _customer_: .*read-only/);
    assert.match(viewer, /\*\*provision\*\* _customer_: .*operators and admins only/);
    assert.match(viewer, /you can look, not change/);
  });

  it("lists every command as runnable in chat, now that auto and provision are", () => {
    const help = texts(buildHelpCard());
    assert.doesNotMatch(help, /in the tab for now/);
    assert.match(help, /\*\*auto\*\* on \| off _customer_: Turn Enable Auto on or off/);
    assert.match(help, /\*\*provision\*\* _customer_: Provision SharePoint \/ OneDrive backup/);
  });
});

describe("buildCustomersCard", () => {
  it("shows each customer's product and tenant status in the tab's words, each row opening it in the tab", () => {
    const card = buildCustomersCard(sampleCustomers(), links);
    const all = texts(card);
    for (const label of ["Connected", "On file (Manage Protect)", "Ready to Authorise", "Tenant ID needed", "Business365", "MPexchange"]) assert.ok(all.includes(label), label);
    const rows = ofType(card, "ColumnSet");
    assert.equal(rows.length, 5);
    assert.deepEqual(rows[0]!.selectAction, { type: "Action.OpenUrl", title: "Open Wingtip Toys", url: "https://backup365.example/tab/index.html#/customers/c-wingtip" });
    assert.deepEqual(card.actions, [{ type: "Action.OpenUrl", title: "Open in Backup365", url: "https://backup365.example/tab/index.html#/" }]);
  });

  it("escapes markdown in names and stops at 25 rows", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...sampleCustomers()[2]!, id: `c-${i}` }));
    const card = buildCustomersCard(many, links);
    assert.match(texts(card), /\*\*Fabrikam \\\[AU\\\] \\\*Pty\\\*\*\*/);
    assert.equal(ofType(card, "ColumnSet").length, 25);
    assert.match(texts(card), /and 15 more/);
  });
});

describe("buildStatusCard", () => {
  it("gives the facts and the next step in the guide's words", () => {
    const [wingtip, contoso, , northwind] = sampleCustomers();
    const connected = texts(buildStatusCard(contoso!, links));
    assert.match(connected, /Contoso Ltd/);
    assert.match(connected, /alex@msp\.example/);
    assert.match(connected, /\{\{DATE\(2025-03-04T09:30:00Z,SHORT\)\}\}/);
    assert.match(connected, /Next step:\*\* Enable/);
    assert.match(texts(buildStatusCard(wingtip!, links)), /Next step:\*\* Authorise/);
    assert.match(texts(buildStatusCard(northwind!, links)), /Next step:\*\* Save/);
  });
});

describe("buildAmbiguousCard", () => {
  it("offers each candidate as Action.Execute pickCustomer with an Action.Submit fallback carrying the same data", () => {
    const [, , , a, b] = sampleCustomers();
    const card = buildAmbiguousCard("north", [a!, b!], { kind: "auto", on: false, customer: "north" });
    const buttons = ofType(card, "Action.Execute");
    assert.equal(buttons.length, 2);
    const data = { verb: "pickCustomer", command: "auto", customerId: "c-northwind-1", on: false };
    assert.deepEqual(buttons[0], {
      type: "Action.Execute",
      title: "Northwind Traders (Office 365)",
      verb: "pickCustomer",
      data,
      fallback: { type: "Action.Submit", title: "Northwind Traders (Office 365)", data },
    });
  });

  it("keeps to six choices", () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `c-${i}`, name: `Twin ${i}`, product: "Office 365" as const }));
    const card = buildAmbiguousCard("twin", many, { kind: "status", customer: "twin" });
    assert.equal(ofType(card, "Action.Execute").length, 6);
    assert.match(texts(card), /and 3 more/);
  });
});

describe("buildProgressCard", () => {
  it("says Provisioning in progress, counts, and draws the bar from coloured columns", () => {
    const card = buildProgressCard(sampleProgress("running", 2), links);
    const all = texts(card);
    assert.match(all, /Provisioning in progress/);
    assert.match(all, /21 of 50 protected \(42%\)/);
    const bar = ofType(card, "ColumnSet")[0]!;
    assert.deepEqual((bar.columns as CardObject[]).map((c) => [c.style, c.width]), [["good", 42], ["attention", 4], ["emphasis", 54]]);
    assert.equal(ofType(card, "Action.Execute").length, 0, "no retry while still running");
  });

  it("lists ten failures and how many more, and offers Retry failed when done", () => {
    const card = buildProgressCard(sampleProgress("doneWithErrors", 14), links);
    const all = texts(card);
    assert.match(all, /Provisioning finished with errors/);
    assert.match(all, /user10@contoso\.com/);
    assert.doesNotMatch(all, /user11@contoso\.com/);
    assert.match(all, /and 4 more/);
    const [retry] = ofType(card, "Action.Execute");
    assert.deepEqual(retry?.data, { verb: "retryFailed", jobId: "job-1", customerId: "c-contoso" });
    assert.deepEqual((retry?.fallback as CardObject).type, "Action.Submit");
    assert.equal(card.actions.at(-1)?.url, "https://backup365.example/tab/index.html#/customers/c-contoso");
  });

  it("says what an Enable Auto check night's weekly check corrected, and nothing of it on other jobs", () => {
    assert.match(texts(buildProgressCard({ ...sampleProgress("doneWithErrors", 3), protectionCheck: { corrected: 3 } }, links)), /Weekly check with Microsoft 365 Backup: 3 users corrected\./);
    assert.match(texts(buildProgressCard({ ...sampleProgress("done"), protectionCheck: { corrected: 0 } }, links)), /Weekly check with Microsoft 365 Backup: every user's state agreed\./);
    assert.doesNotMatch(texts(buildProgressCard(sampleProgress("done"), links)), /Weekly check/);
  });
});
