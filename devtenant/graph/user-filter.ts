import { GraphError } from '../http/graph-error.js';
import type { DirectoryUser } from '../seed/directory-user.js';
import { invalidFilter, tokenizeFilter, type FilterToken } from './filter-tokens.js';

/** A compiled $filter: a predicate, plus the id list when the filter pins users by `id in (...)`. */
export type UserFilter = { matches(u: DirectoryUser): boolean; ids?: string[] };

type Predicate = (u: DirectoryUser) => boolean;

const STARTSWITH_PROPS = ['displayName', 'userPrincipalName', 'givenName', 'surname', 'mail'] as const;
const EQ_STRING_PROPS = ['id', 'displayName', 'userPrincipalName', 'givenName', 'surname', 'mail', 'userType', 'jobTitle'] as const;
type StringProp = (typeof EQ_STRING_PROPS)[number];

function unsupported(): GraphError {
  return new GraphError(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
}

function prop<T extends readonly string[]>(name: string, allowed: T): T[number] {
  const hit = allowed.find((p) => p.toLowerCase() === name.toLowerCase());
  if (!hit) throw unsupported();
  return hit;
}

/**
 * Parses the $filter subset devtenant supports: startswith(prop,'x'), accountEnabled eq true|false,
 * <string prop> eq 'x', id in ('a','b'), joined by `and`. Anything else is Request_UnsupportedQuery.
 */
export function parseUserFilter(raw: string): UserFilter {
  const tokens = tokenizeFilter(raw);
  let pos = 0;
  const ids: string[][] = [];
  const peek = (): FilterToken | undefined => tokens[pos];
  const next = (): FilterToken => tokens[pos++] ?? (() => { throw invalidFilter(raw); })();
  const expect = (value: string): void => {
    const t = next();
    if (t.value !== value) throw invalidFilter(raw);
  };
  const str = (): string => {
    const t = next();
    if (t.kind !== 'string') throw invalidFilter(raw);
    return t.value;
  };
  const term = (): Predicate => {
    const first = next();
    if (first.kind === 'punct' && first.value === '(') {
      const inner = conjunction();
      expect(')');
      return inner;
    }
    if (first.kind !== 'word') throw invalidFilter(raw);
    if (first.value.toLowerCase() === 'startswith') {
      expect('(');
      const p = prop(next().value, STARTSWITH_PROPS);
      expect(',');
      const needle = str().toLowerCase();
      expect(')');
      return (u) => u[p].toLowerCase().startsWith(needle);
    }
    if (peek()?.value === '(') throw unsupported();
    const op = next();
    if (op.kind !== 'word') throw invalidFilter(raw);
    const operator = op.value.toLowerCase();
    if (operator === 'eq' && first.value.toLowerCase() === 'accountenabled') {
      const v = next().value.toLowerCase();
      if (v !== 'true' && v !== 'false') throw invalidFilter(raw);
      return (u) => u.accountEnabled === (v === 'true');
    }
    if (operator === 'eq') {
      const p: StringProp = prop(first.value, EQ_STRING_PROPS);
      const value = str().toLowerCase();
      return (u) => u[p].toLowerCase() === value;
    }
    if (operator === 'in' && first.value.toLowerCase() === 'id') {
      expect('(');
      const list = [str().toLowerCase()];
      while (peek()?.value === ',') {
        next();
        list.push(str().toLowerCase());
      }
      expect(')');
      ids.push(list);
      return (u) => list.includes(u.id);
    }
    throw unsupported();
  };
  const conjunction = (): Predicate => {
    const parts = [term()];
    while (peek()?.kind === 'word') {
      const word = next().value.toLowerCase();
      if (word !== 'and') throw unsupported();
      parts.push(term());
    }
    return (u) => parts.every((p) => p(u));
  };
  const matches = conjunction();
  if (pos !== tokens.length) throw invalidFilter(raw);
  return { matches, ids: ids[0] };
}
