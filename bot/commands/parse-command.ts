import { cleanText } from "./clean-text.js";
import type { Command, EnableTarget } from "./command.js";
import { editDistance } from "./string-distance.js";

const helpWords = new Set(["help", "?", "hi", "hello", "hey", "commands", "menu", "start"]);
const customersWords = new Set(["customers", "customer", "clients", "list"]);
const fillers = new Set(["of", "for", "at", "in", "on"]);
const keywords = ["help", "customers", "status", "enable", "auto", "provision"] as const;
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const email = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,190}\.[a-z]{2,63}$/i;

/** Reads a chat message (as Teams sends it: mentions, entities and all) into a command; never throws. */
export function parseCommand(text: string): Command {
  const raw = typeof text === "string" ? text : "";
  const cleaned = cleanText(raw);
  if (!cleaned.ok) return { kind: "unknown", text: raw.slice(0, 100), reason: cleaned.reason };
  const words = cleaned.text.split(" ").filter(Boolean);
  const [first = "", ...rest] = words;
  const keyword = first.toLowerCase().replace(/^\//, "").replace(/[?!.,:]+$/, "") || first;
  const unknown = (reason: string): Command => ({ kind: "unknown", text: cleaned.text, reason });

  if (words.length === 0 || helpWords.has(keyword)) return { kind: "help" };
  if (customersWords.has(keyword) && (rest.length === 0 || (rest.length === 1 && lower(rest[0]) === "list"))) return { kind: "customers" };
  if (["list", "show", "my", "all"].includes(keyword) && rest.length === 1 && customersWords.has(lower(rest[0]))) return { kind: "customers" };
  switch (keyword) {
    case "status":
      return withCustomer(rest, (customer) => ({ kind: "status", customer }), unknown, "status needs a customer name, like: status Wingtip Toys");
    case "provision":
      return withCustomer(rest, (customer) => ({ kind: "provision", customer }), unknown, "provision needs a customer name, like: provision Wingtip Toys");
    case "auto":
      return parseAuto(rest, unknown);
    case "enable":
      return parseEnable(rest, unknown);
    case "disable":
      if (lower(rest[0]) === "auto") return withCustomer(rest.slice(1), (customer) => ({ kind: "auto", on: false, customer }), unknown, autoNeeds);
      return unknown("Turning protection off is not something Backup365 does from chat. To stop Enable Auto, type auto off and the customer's name.");
  }
  const near = keywords.find((k) => editDistance(keyword, k, 2) <= (k.length > 5 ? 2 : 1));
  return unknown(near ? `I don't know "${first}". Did you mean ${near}?` : `I don't know "${first.slice(0, 40)}".`);
}

const autoNeeds = "auto needs on or off and a customer, like: auto on Wingtip Toys";
const enableNeeds = "enable needs a customer and who to enable, like: enable Wingtip Toys all, or enable Wingtip Toys megan@wingtiptoys.onmicrosoft.com";

function parseAuto(rest: string[], unknown: (reason: string) => Command): Command {
  const head = switchWord(rest[0]);
  const tail = switchWord(rest.at(-1));
  if (head !== null) return withCustomer(rest.slice(1), (customer) => ({ kind: "auto", on: head, customer }), unknown, autoNeeds);
  if (tail !== null && rest.length > 1) return withCustomer(rest.slice(0, -1), (customer) => ({ kind: "auto", on: tail, customer }), unknown, autoNeeds);
  return unknown(autoNeeds);
}

function parseEnable(rest: string[], unknown: (reason: string) => Command): Command {
  let words = rest;
  if (lower(words.at(-1)) === "users" && lower(words.at(-2)) === "all") words = words.slice(0, -1);
  const last = target(words.at(-1));
  if (last && words.length > 1) return withCustomer(words.slice(0, -1), (customer) => ({ kind: "enable", customer, target: last }), unknown, enableNeeds);
  if (lower(words[0]) === "auto") {
    const on = switchWord(words[1]);
    return withCustomer(words.slice(on === null ? 1 : 2), (customer) => ({ kind: "auto", on: on ?? true, customer }), unknown, autoNeeds);
  }
  const first = target(words[0]);
  if (first) {
    const skip = "all" in first && lower(words[1]) === "users" ? 2 : 1;
    return withCustomer(words.slice(skip), (customer) => ({ kind: "enable", customer, target: first }), unknown, enableNeeds);
  }
  return unknown(words.length === 0 ? enableNeeds : `${enableNeeds}. End it with all, or the user's email.`);
}

/** Drops a leading "for"/"of", quotes and a trailing question mark; hands on the customer if any is left. */
function withCustomer(words: string[], make: (customer: string) => Command, unknown: (reason: string) => Command, needs: string): Command {
  const start = words.length > 1 && fillers.has(lower(words[0])) ? 1 : 0;
  const customer = words
    .slice(start)
    .join(" ")
    .replace(/^["'“‘]+|["'”’]+$/g, "")
    .replace(/[?!]+$/, "")
    .trim();
  return customer ? make(customer) : unknown(needs);
}

function target(word: string | undefined): EnableTarget | null {
  const value = lower(word).replace(/^mailto:/, "");
  if (value === "all" || value === "everyone") return { all: true };
  if (email.test(value) || guid.test(value)) return { user: value };
  return null;
}

function switchWord(word: string | undefined): boolean | null {
  const value = lower(word);
  if (value === "on" || value === "enable" || value === "yes") return true;
  if (value === "off" || value === "disable" || value === "no") return false;
  return null;
}

function lower(word: string | undefined): string {
  return (word ?? "").toLowerCase();
}
