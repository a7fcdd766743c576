import assert from "node:assert/strict";
import type { Command } from "../../../bot/commands/command.js";
import { parseCommand } from "../../../bot/commands/parse-command.js";

const cases: Array<[string, Command]> = [
  ["help", { kind: "help" }],
  ["HELP", { kind: "help" }],
  ["<at>Backup365</at> help", { kind: "help" }],
  ["<at>Backup365</at>", { kind: "help" }],
  ["", { kind: "help" }],
  ["?", { kind: "help" }],
  ["hi", { kind: "help" }],
  ["/help", { kind: "help" }],
  ["customers", { kind: "customers" }],
  ["Customers?", { kind: "customers" }],
  ["list customers", { kind: "customers" }],
  ["show customers", { kind: "customers" }],
  ["customer list", { kind: "customers" }],
  ["<at id=\"0\">Backup365</at>&nbsp;customers", { kind: "customers" }],
  ["status Wingtip Toys", { kind: "status", customer: "Wingtip Toys" }],
  ["  STATUS   wingtip   toys  ", { kind: "status", customer: "wingtip toys" }],
  ["status of Contoso?", { kind: "status", customer: "Contoso" }],
  ["status for \"Fabrikam Pty Ltd\"", { kind: "status", customer: "Fabrikam Pty Ltd" }],
  ["<at>Backup365</at> status Smith &amp; Sons", { kind: "status", customer: "Smith & Sons" }],
  ["status&#160;Contoso", { kind: "status", customer: "Contoso" }],
  ["status Wing\u200btip", { kind: "status", customer: "Wingtip" }],
  ["<p>status <b>Contoso</b></p>", { kind: "status", customer: "Contoso" }],
  ["enable Wingtip Toys all", { kind: "enable", customer: "Wingtip Toys", target: { all: true } }],
  ["enable wingtip toys ALL users", { kind: "enable", customer: "wingtip toys", target: { all: true } }],
  ["enable wingtip toys megan@wingtiptoys.onmicrosoft.com", { kind: "enable", customer: "wingtip toys", target: { user: "megan@wingtiptoys.onmicrosoft.com" } }],
  ["enable Contoso Megan.Bowen@Contoso.com", { kind: "enable", customer: "Contoso", target: { user: "megan.bowen@contoso.com" } }],
  ["enable Contoso mailto:megan@contoso.com", { kind: "enable", customer: "Contoso", target: { user: "megan@contoso.com" } }],
  ["enable Contoso 6F1C2A3B-1111-2222-3333-444455556666", { kind: "enable", customer: "Contoso", target: { user: "6f1c2a3b-1111-2222-3333-444455556666" } }],
  ["enable all users for Wingtip Toys", { kind: "enable", customer: "Wingtip Toys", target: { all: true } }],
  ["enable megan@contoso.com for Contoso", { kind: "enable", customer: "Contoso", target: { user: "megan@contoso.com" } }],
  ["enable Auto Parts Ltd all", { kind: "enable", customer: "Auto Parts Ltd", target: { all: true } }],
  ["enable auto Wingtip", { kind: "auto", on: true, customer: "Wingtip" }],
  ["disable auto Wingtip", { kind: "auto", on: false, customer: "Wingtip" }],
  ["auto on Wingtip Toys", { kind: "auto", on: true, customer: "Wingtip Toys" }],
  ["Auto OFF wingtip toys", { kind: "auto", on: false, customer: "wingtip toys" }],
  ["auto wingtip toys on", { kind: "auto", on: true, customer: "wingtip toys" }],
  ["auto on for Contoso", { kind: "auto", on: true, customer: "Contoso" }],
  ["provision Wingtip Toys", { kind: "provision", customer: "Wingtip Toys" }],
  ["<at>Backup365</at> provision for Contoso!", { kind: "provision", customer: "Contoso" }],
];

function unknownReason(text: string): string {
  const command = parseCommand(text);
  assert.equal(command.kind, "unknown", `${JSON.stringify(text)} → ${JSON.stringify(command)}`);
  return command.kind === "unknown" ? command.reason : "";
}

describe("parseCommand", () => {
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(parseCommand(text), expected));
  }

  it("says what is missing", () => {
    assert.match(unknownReason("status"), /status needs a customer name/);
    assert.match(unknownReason("<at>Backup365</at> status   "), /status needs a customer name/);
    assert.match(unknownReason("provision"), /provision needs a customer name/);
    assert.match(unknownReason("enable"), /enable needs a customer and who to enable/);
    assert.match(unknownReason("enable all"), /enable needs a customer/);
    assert.match(unknownReason("enable Wingtip Toys"), /End it with all, or the user's email/);
    assert.match(unknownReason("auto Wingtip"), /auto needs on or off/);
    assert.match(unknownReason("auto on"), /auto needs on or off and a customer/);
  });

  it("names the command it does not know, and a near one", () => {
    assert.match(unknownReason("stauts wingtip"), /Did you mean status\?/);
    assert.match(unknownReason("enabel wingtip all"), /Did you mean enable\?/);
    assert.match(unknownReason("delete everything"), /I don't know "delete"/);
    assert.match(unknownReason("disable Wingtip"), /not something Backup365 does from chat/);
  });

  it("keeps the cleaned text in an unknown command", () => {
    const command = parseCommand("<at>Backup365</at> frobnicate &amp; things");
    assert.deepEqual(command, { kind: "unknown", text: "frobnicate & things", reason: 'I don\'t know "frobnicate".' });
  });

  it("does not read markup or entities as commands", () => {
    assert.equal(parseCommand("&lt;at&gt;status&lt;/at&gt; x").kind, "unknown");
    assert.deepEqual(parseCommand("status &#x1F600;"), { kind: "status", customer: "😀" });
    assert.deepEqual(parseCommand("status &#99999999;"), { kind: "status", customer: "&#99999999;" });
  });

  it("refuses huge input without throwing, quickly", () => {
    for (const huge of ["status " + "a".repeat(10_000), "<at>".repeat(100_000), "&amp;".repeat(50_000), " ".repeat(1_000_000), "status " + "x ".repeat(300)]) {
      const started = performance.now();
      const command = parseCommand(huge);
      assert.equal(command.kind, "unknown");
      assert.ok(command.kind === "unknown" && /too long/.test(command.reason));
      assert.ok(command.kind === "unknown" && command.text.length <= 100);
      assert.ok(performance.now() - started < 200, "took too long");
    }
  });

  it("never throws on junk", () => {
    const junk = ["\u0000", "<", ">", "<at>", "</at>", "&", "&;", "&#;", "enable @ @", "auto on on", "\ud800", "status \n\t\r", "💥", "enable 🦄 all", undefined as unknown as string, 42 as unknown as string];
    for (const text of junk) assert.doesNotThrow(() => parseCommand(text), String(text));
    assert.deepEqual(parseCommand("enable 🦄 all"), { kind: "enable", customer: "🦄", target: { all: true } });
  });
});
