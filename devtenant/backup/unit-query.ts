import { graphQueryString } from '../graph/graph-reply.js';
import { openLinkToken, sealLinkToken } from '../graph/link-token.js';
import { GraphError } from '../http/graph-error.js';
import type { RequestContext } from '../http/route.js';
import { unitState, type UnitScope } from './unit-status.js';
import { unitView } from './unit-view.js';

const STATUSES = ['protectRequested', 'protected', 'unprotectRequested', 'unprotected', 'removeRequested', 'offboardRequested', 'offboarded', 'cancelOffboardRequested'];
const ALLOWED = new Set(['$top', '$filter', '$skiptoken']);
/** Page size when `$top` is not given, and the largest `$top` accepted. */
export const UNITS_DEFAULT_TOP = 100;
export const UNITS_MAX_TOP = 1000;

type Cursor = { k: 'units'; s: string; c: number; f: string };

/** `$top`, `$filter=status eq '<value>'` and `$skiptoken` of a unit listing. */
export type UnitsQuery = { top: number; status?: string; from: number };

function fingerprint(ctx: RequestContext): string {
  return JSON.stringify([ctx.query.get('$top'), ctx.query.get('$filter')]);
}

/** Parses and validates a unit listing's query; a skiptoken only continues the listing it came from. */
export function parseUnitsQuery(ctx: RequestContext, listKey: string): UnitsQuery {
  for (const key of ctx.query.keys()) {
    if (key.startsWith('$') && !ALLOWED.has(key)) throw new GraphError(400, 'BadRequest', `Query option '${key}' is not supported on protection units.`);
  }
  const topRaw = ctx.query.get('$top');
  const top = topRaw === null ? UNITS_DEFAULT_TOP : Number(topRaw);
  if (!Number.isInteger(top) || top < 1 || top > UNITS_MAX_TOP) {
    throw new GraphError(400, 'BadRequest', `Invalid page size specified: '${topRaw ?? ''}'. Must be between 1 and ${UNITS_MAX_TOP} inclusive.`);
  }
  const filterRaw = ctx.query.get('$filter');
  let status: string | undefined;
  if (filterRaw !== null) {
    status = /^\s*status\s+eq\s+'([A-Za-z]+)'\s*$/.exec(filterRaw)?.[1];
    if (!status || !STATUSES.includes(status)) {
      throw new GraphError(400, 'BadRequest', `Invalid filter clause '${filterRaw}'. Supported: status eq '<${STATUSES.join('|')}>'.`);
    }
  }
  const token = ctx.query.get('$skiptoken');
  let from = 0;
  if (token !== null) {
    const opened = openLinkToken<Cursor>(ctx.app, token);
    if (!opened.ok || opened.payload.k !== 'units' || opened.payload.s !== listKey || opened.payload.f !== fingerprint(ctx)) {
      throw new GraphError(400, 'BadRequest', 'The specified page token value has expired or is not valid for this query.');
    }
    from = opened.payload.c;
  }
  return { top, status, from };
}

/**
 * One page of units over one or more policies (their tables laid end to end), rendered from the
 * compact records, with `@odata.nextLink` when another matching unit exists after the page.
 */
export function unitsPage(ctx: RequestContext, listKey: string, scopes: UnitScope[], query: UnitsQuery): Record<string, unknown> {
  const value: Record<string, unknown>[] = [];
  let next: number | undefined;
  let offset = 0;
  for (const scope of scopes) {
    const length = scope.policy.units.length;
    for (let seq = Math.max(0, query.from - offset); seq < length && next === undefined; seq += 1) {
      const state = unitState(scope, seq);
      if (!state || (query.status !== undefined && state.status !== query.status)) continue;
      if (value.length === query.top) next = offset + seq;
      else value.push(unitView(scope, seq, state));
    }
    offset += length;
  }
  const body: Record<string, unknown> = { value };
  if (next !== undefined) {
    const token = sealLinkToken(ctx.app, { k: 'units', s: listKey, c: next, f: fingerprint(ctx) });
    const kept = [...ctx.query].filter(([k]) => k !== '$skiptoken');
    body['@odata.nextLink'] = `${ctx.app.url}${ctx.url.pathname}?${graphQueryString([...kept, ['$skiptoken', token]])}`;
  }
  return body;
}
