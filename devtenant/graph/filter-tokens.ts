import { GraphError } from '../http/graph-error.js';

/** One lexical token of an OData $filter. */
export type FilterToken =
  | { kind: 'word'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'punct'; value: '(' | ')' | ',' };

/** The 400 Graph answers for a $filter it cannot parse. */
export function invalidFilter(raw: string): GraphError {
  return new GraphError(400, 'BadRequest', `Invalid filter clause: ${raw}`);
}

/** Splits a $filter into words, quoted strings ('' escapes a quote) and punctuation. */
export function tokenizeFilter(raw: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < raw.length) {
    const c = raw[i] as string;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', value: c });
      i += 1;
    } else if (c === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= raw.length) throw invalidFilter(raw);
        if (raw[i] === "'" && raw[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (raw[i] === "'") {
          i += 1;
          break;
        } else {
          value += raw[i];
          i += 1;
        }
      }
      tokens.push({ kind: 'string', value });
    } else {
      const m = /^[A-Za-z0-9_.\-/$]+/.exec(raw.slice(i));
      if (!m) throw invalidFilter(raw);
      tokens.push({ kind: 'word', value: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}
