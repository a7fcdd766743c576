import { editDistance, typoAllowance } from "./string-distance.js";

/** What a typed customer name came to: one customer, several to choose from, or none (with near names). */
export type CustomerMatch<C> = { kind: "one"; customer: C } | { kind: "many"; candidates: C[] } | { kind: "none"; suggestions: C[] };

/** The least a customer needs to be matched by name. */
export interface NamedCustomer {
  id: string;
  name: string;
}

const maxSuggestions = 3;

/**
 * Finds the customer staff meant, forgivingly but never by guessing between equals: exact name (any case)
 * > ID > name prefix > word prefixes ("wing toys") > close spelling. Ties come back sorted, so the answer is stable.
 */
export function matchCustomer<C extends NamedCustomer>(query: string, customers: readonly C[]): CustomerMatch<C> {
  const q = normalize(query);
  if (!q) return { kind: "none", suggestions: [] };
  const named = sortByName(customers).map((customer) => ({ customer, name: normalize(customer.name) }));
  const stages: Array<(name: string, customer: C) => boolean> = [
    (name) => name === q,
    (_, customer) => customer.id.toLowerCase() === query.trim().toLowerCase(),
    (name) => name.startsWith(q),
    (name) => wordPrefixes(q.split(" "), name.split(" ")),
  ];
  for (const stage of stages) {
    const hits = named.filter(({ name, customer }) => stage(name, customer)).map(({ customer }) => customer);
    if (hits.length > 0) return decide(hits);
  }
  const scored = named.map(({ customer, name }) => ({ customer, distance: closeness(q, name) })).sort((a, b) => a.distance - b.distance);
  const best = scored[0]?.distance ?? Number.POSITIVE_INFINITY;
  if (best <= typoAllowance(q.length)) return decide(scored.filter((s) => s.distance === best).map((s) => s.customer));
  const near = Math.max(2, Math.ceil(q.length / 2));
  return { kind: "none", suggestions: scored.filter((s) => s.distance <= near).slice(0, maxSuggestions).map((s) => s.customer) };
}

/** Lower case, accents off, punctuation to single spaces: "Wingtip Toys, Pty. Ltd." → "wingtip toys pty ltd". */
export function normalize(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function decide<C>(hits: C[]): CustomerMatch<C> {
  return hits.length === 1 ? { kind: "one", customer: hits[0]! } : { kind: "many", candidates: hits };
}

/** Each typed word starts a later word of the name, in order: "wing toys" → "Wingtip Toys". */
function wordPrefixes(typed: string[], words: string[]): boolean {
  let at = 0;
  for (const word of typed) {
    while (at < words.length && !words[at]!.startsWith(word)) at++;
    if (at === words.length) return false;
    at++;
  }
  return true;
}

/** Edit distance to the whole name, or word by word to the start of each name word ("wingtp tys" → "wingtip toys"). */
function closeness(q: string, name: string): number {
  const cap = Math.max(q.length, 8);
  const words = name.split(" ");
  const byWord = q.split(" ").reduce((total, typed, i) => total + wordCloseness(typed, words[i], cap), 0);
  return Math.min(editDistance(q, name, cap), byWord);
}

/** A typed word against the start of a name word (one letter either side), as a typed prefix may have a typo too. */
function wordCloseness(typed: string, word: string | undefined, cap: number): number {
  if (word === undefined) return typed.length;
  const lengths = [typed.length - 1, typed.length, typed.length + 1].filter((n) => n > 0);
  return Math.min(...lengths.map((n) => editDistance(typed, word.slice(0, n), cap)));
}

function sortByName<C extends NamedCustomer>(customers: readonly C[]): C[] {
  const key = (c: C): string => `${normalize(c.name)}\u0000${c.id}`;
  return [...customers].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
