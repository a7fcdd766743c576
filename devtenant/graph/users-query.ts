import { createHash } from 'node:crypto';
import { GraphError } from '../http/graph-error.js';
import type { RequestContext } from '../http/route.js';
import type { DirectoryUser } from '../seed/directory-user.js';
import { parseUserFilter, type UserFilter } from './user-filter.js';
import { parseUserSearch } from './user-search.js';
import { parseUserSelect } from './user-view.js';

/** A parsed list query on users. */
export type UsersQuery = {
  select?: string[];
  top: number;
  filter?: UserFilter;
  count: boolean;
  matches(u: DirectoryUser): boolean;
  skiptoken?: string;
  /** Hash of every option but $skiptoken: a skiptoken only continues the query it came from. */
  fingerprint: string;
};

const ALLOWED = new Set(['$select', '$top', '$filter', '$count', '$search', '$skiptoken']);

function eventual(ctx: RequestContext): boolean {
  return (ctx.header('consistencylevel') ?? '').toLowerCase() === 'eventual';
}

/** Parses $select, $top, $filter, $search, $count for /users with Graph's validation and errors. */
export function parseUsersQuery(ctx: RequestContext, options: { defaultTop?: number } = {}): UsersQuery {
  const q = ctx.query;
  for (const key of q.keys()) {
    if (key === '$orderby') throw new GraphError(400, 'Request_UnsupportedQuery', 'Sorting is not supported by devtenant; omit $orderby.');
    if (key.startsWith('$') && !ALLOWED.has(key)) throw new GraphError(400, 'BadRequest', `Query option '${key}' is not allowed.`);
  }
  const topRaw = q.get('$top');
  const top = topRaw === null ? (options.defaultTop ?? 100) : Number(topRaw);
  if (!Number.isInteger(top) || top < 1 || top > 999) {
    throw new GraphError(400, 'Request_BadRequest', `Invalid page size specified: '${topRaw ?? ''}'. Must be between 1 and 999 inclusive.`);
  }
  const countRaw = q.get('$count');
  if (countRaw !== null && countRaw !== 'true' && countRaw !== 'false') throw new GraphError(400, 'BadRequest', `Invalid value '${countRaw}' for $count.`);
  const count = countRaw === 'true';
  if (count && !eventual(ctx)) throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported.');
  const searchRaw = q.get('$search');
  if (searchRaw !== null && !eventual(ctx)) {
    throw new GraphError(400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
  }
  const filterRaw = q.get('$filter');
  const filter = filterRaw === null ? undefined : parseUserFilter(filterRaw);
  const search = searchRaw === null ? undefined : parseUserSearch(searchRaw);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([...q.entries()].filter(([k]) => k !== '$skiptoken').sort()))
    .digest('base64url')
    .slice(0, 16);
  return {
    select: parseUserSelect(q.get('$select')),
    top,
    filter,
    count,
    matches: (u) => (filter ? filter.matches(u) : true) && (search ? search(u) : true),
    skiptoken: q.get('$skiptoken') ?? undefined,
    fingerprint,
  };
}
