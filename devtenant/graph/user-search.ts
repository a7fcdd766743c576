import { GraphError } from '../http/graph-error.js';
import type { DirectoryUser } from '../seed/directory-user.js';

const SEARCHABLE = ['displayName', 'mail', 'userPrincipalName', 'givenName', 'surname', 'jobTitle', 'mailNickname'] as const;
type SearchProp = (typeof SEARCHABLE)[number];

/** A compiled $search: tokenised, case-insensitive prefix match like directory search. */
export type UserSearch = (u: DirectoryUser) => boolean;

function clause(text: string): UserSearch {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new GraphError(400, 'Request_UnsupportedQuery', `Invalid $search clause '"${text}"': expected "property:value".`);
  const name = text.slice(0, colon);
  const prop: SearchProp | undefined = SEARCHABLE.find((p) => p.toLowerCase() === name.toLowerCase());
  if (!prop) throw new GraphError(400, 'Request_UnsupportedQuery', `The property '${name}' does not support search.`);
  const term = text.slice(colon + 1).trim().toLowerCase();
  return (u) => {
    const value = u[prop].toLowerCase();
    return value.startsWith(term) || value.split(/[\s._@-]+/).some((word) => word.startsWith(term));
  };
}

/** Parses `$search="displayName:x"` (clauses in double quotes, joined by AND / OR). */
export function parseUserSearch(raw: string): UserSearch {
  const re = /\s*"([^"]*)"\s*(?:(AND|OR)\s*|$)/gy;
  const parts: { test: UserSearch; op?: string }[] = [];
  let consumed = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    parts.push({ test: clause(m[1] ?? ''), op: m[2] });
    consumed = re.lastIndex;
    if (!m[2]) break;
  }
  if (parts.length === 0 || consumed !== raw.length || parts[parts.length - 1]?.op) {
    throw new GraphError(400, 'BadRequest', `Syntax error in $search: ${raw}. Wrap each clause in double quotes, e.g. $search="displayName:ada".`);
  }
  return (u) => {
    let result = parts[0]?.test(u) ?? false;
    for (let i = 1; i < parts.length; i += 1) {
      const op = parts[i - 1]?.op;
      const value = parts[i]?.test(u) ?? false;
      result = op === 'OR' ? result || value : result && value;
    }
    return result;
  };
}
