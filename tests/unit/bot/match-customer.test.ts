import assert from "node:assert/strict";
import { matchCustomer, normalize } from "../../../bot/commands/match-customer.js";
import { editDistance } from "../../../bot/commands/string-distance.js";

const customers = [
  { id: "c-wingtip", name: "Wingtip Toys" },
  { id: "c-contoso", name: "Contoso" },
  { id: "c-contoso-pharma", name: "Contoso Pharmaceuticals" },
  { id: "c-fabrikam", name: "Fabrikam, Inc." },
  { id: "c-fourth", name: "Fourth Coffee" },
  { id: "c-northwind-1", name: "Northwind Traders" },
  { id: "c-northwind-2", name: "Northwind Health" },
  { id: "c-adatum", name: "Adatum Corporation" },
  { id: "c-alpine", name: "Alpine Ski House" },
  { id: "c-cafe", name: "Café Zoë" },
];

const one = (query: string): string => {
  const match = matchCustomer(query, customers);
  assert.equal(match.kind, "one", `${query} → ${JSON.stringify(match)}`);
  return match.kind === "one" ? match.customer.id : "";
};
const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((c) => c.id);

describe("matchCustomer", () => {
  it("prefers an exact name, in any case, over longer names it prefixes", () => {
    assert.equal(one("contoso"), "c-contoso");
    assert.equal(one("CONTOSO"), "c-contoso");
    assert.equal(one("  wingtip   toys "), "c-wingtip");
  });

  it("ignores punctuation and accents", () => {
    assert.equal(one("fabrikam inc"), "c-fabrikam");
    assert.equal(one("cafe zoe"), "c-cafe");
  });

  it("matches an ID (what a card button sends)", () => {
    assert.equal(one("c-fourth"), "c-fourth");
    assert.equal(one("C-ALPINE"), "c-alpine");
  });

  it("matches a unique prefix, then word prefixes", () => {
    assert.equal(one("wing"), "c-wingtip");
    assert.equal(one("contoso ph"), "c-contoso-pharma");
    assert.equal(one("toys"), "c-wingtip");
    assert.equal(one("north trad"), "c-northwind-1");
    assert.equal(one("ski"), "c-alpine");
  });

  it("forgives close spelling", () => {
    assert.equal(one("wingtp toys"), "c-wingtip");
    assert.equal(one("Wingtip Tyos"), "c-wingtip");
    assert.equal(one("fabrikan"), "c-fabrikam");
    assert.equal(one("adatun corporation"), "c-adatum");
    assert.equal(one("wingtp"), "c-wingtip");
    assert.equal(one("contsoo phrma"), "c-contoso-pharma");
    assert.equal(one("wingtiptoys"), "c-wingtip");
  });

  it("asks when several fit equally, in a stable order", () => {
    const match = matchCustomer("northwind", customers);
    assert.deepEqual(match.kind === "many" ? ids(match.candidates) : match, ["c-northwind-2", "c-northwind-1"]);
    const reversed = matchCustomer("northwind", [...customers].reverse());
    assert.deepEqual(reversed, match);
  });

  it("asks between customers with the same name", () => {
    const twins = [{ id: "b", name: "Twin Co" }, { id: "a", name: "twin co" }];
    const match = matchCustomer("Twin Co", twins);
    assert.deepEqual(match.kind === "many" ? ids(match.candidates) : match, ["a", "b"]);
  });

  it("finds nothing for unrelated words, with near names as suggestions", () => {
    assert.deepEqual(matchCustomer("zzzz", customers), { kind: "none", suggestions: [] });
    assert.deepEqual(matchCustomer("", customers), { kind: "none", suggestions: [] });
    assert.deepEqual(matchCustomer("   ", customers), { kind: "none", suggestions: [] });
    const near = matchCustomer("wngtp tys", customers);
    assert.equal(near.kind, "none");
    assert.deepEqual(near.kind === "none" ? ids(near.suggestions) : [], ["c-wingtip"]);
  });

  it("does not stretch short words into a guess", () => {
    assert.equal(matchCustomer("cot", customers).kind, "none");
    assert.equal(matchCustomer("x", [{ id: "1", name: "y" }]).kind, "none");
  });

  it("copes with no customers", () => {
    assert.deepEqual(matchCustomer("anything", []), { kind: "none", suggestions: [] });
  });
});

describe("normalize", () => {
  it("lowers case, drops accents, turns punctuation into single spaces", () => {
    assert.equal(normalize("  Wingtip Toys, Pty. Ltd. "), "wingtip toys pty ltd");
    assert.equal(normalize("Café Zoë"), "cafe zoe");
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    assert.equal(editDistance("toys", "tyos"), 1);
    assert.equal(editDistance("kitten", "sitting"), 3);
    assert.equal(editDistance("", "abc"), 3);
    assert.equal(editDistance("same", "same"), 0);
  });

  it("stops early beyond the limit", () => {
    assert.equal(editDistance("a".repeat(400), "b".repeat(400), 2), 3);
    assert.equal(editDistance("abc", "abcdefgh", 2), 3);
  });
});
