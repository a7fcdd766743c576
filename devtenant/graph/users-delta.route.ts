import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { userIdFor } from '../seed/user-id.js';
import { authorizeGraph } from './auth-guard.js';
import { openDeltaState, preferredPageSize, type DeltaState } from './delta-tokens.js';
import { graphReply } from './graph-reply.js';
import { sealLinkToken } from './link-token.js';
import { READ_USERS } from './permissions.js';
import { scanUsers } from './user-scan.js';
import { parseUserSelect, userView, usersContextFragment } from './user-view.js';

const ALLOWED = new Set(['$select', '$skiptoken', '$deltatoken']);

function startState(ctx: RequestContext, tenantId: string, seq: number, sel: string[] | undefined): DeltaState {
  const skip = ctx.query.get('$skiptoken');
  const delta = ctx.query.get('$deltatoken');
  if (skip) return openDeltaState(ctx.app, skip, tenantId, ['initial', 'changes']);
  if (delta === 'latest') return { k: 'changes', t: tenantId, from: seq, to: seq, o: 0, sel };
  if (delta) {
    const state = openDeltaState(ctx.app, delta, tenantId, ['delta']);
    return state.k === 'delta' ? { k: 'changes', t: tenantId, from: state.q, to: seq, o: 0, sel: state.sel } : state;
  }
  return { k: 'initial', t: tenantId, c: 0, s: seq, sel };
}

/**
 * GET /v1.0/users/delta: the first round pages through every user, then a deltaLink; a deltaLink
 * returns only users added, changed or deleted since (deleted as `@removed`), then a new deltaLink.
 */
async function usersDelta(ctx: RequestContext): Promise<Reply> {
  const { app } = ctx;
  const principal = await authorizeGraph(ctx, READ_USERS);
  for (const key of ctx.query.keys()) {
    if (key.startsWith('$') && !ALLOWED.has(key)) throw new GraphError(400, 'Request_UnsupportedQuery', `Query option '${key}' is not supported with delta.`);
  }
  const tenantId = principal.tenant.seed.tenantId;
  const dir = principal.tenant.directory;
  const preferred = preferredPageSize(ctx.header('prefer'));
  const pageSize = preferred ?? 100;
  const state = startState(ctx, tenantId, dir.log.currentSeq, parseUserSelect(ctx.query.get('$select')));
  const select = ctx.query.has('$select') ? parseUserSelect(ctx.query.get('$select')) : state.sel;
  const link = (param: '$skiptoken' | '$deltatoken', next: DeltaState): string =>
    `${app.url}/v1.0/users/delta?${param}=${sealLinkToken(app, { ...next, sel: select })}`;
  let value: unknown[] = [];
  let links: Record<string, string> = {};
  if (state.k === 'initial') {
    const page = scanUsers(dir, tenantId, { from: state.c, limit: pageSize });
    value = page.users.map((u) => userView(u, select));
    links = page.next !== undefined
      ? { '@odata.nextLink': link('$skiptoken', { ...state, c: page.next }) }
      : { '@odata.deltaLink': link('$deltatoken', { k: 'delta', t: tenantId, q: state.s }) };
  } else if (state.k === 'changes') {
    const changes = dir.log.netChanges(state.from, state.to);
    value = changes.slice(state.o, state.o + pageSize).map((entry) => {
      const user = dir.at(entry.index);
      return user ? userView(user, select) : { id: userIdFor(tenantId, entry.index), '@removed': { reason: 'deleted' } };
    });
    links = state.o + pageSize < changes.length
      ? { '@odata.nextLink': link('$skiptoken', { ...state, o: state.o + pageSize }) }
      : { '@odata.deltaLink': link('$deltatoken', { k: 'delta', t: tenantId, q: state.to }) };
  }
  const headers: Record<string, string> = preferred ? { 'preference-applied': `odata.maxpagesize=${preferred}` } : {};
  return graphReply(app, usersContextFragment(select), { ...links, value }, headers);
}

/** The users delta query route. */
export const usersDeltaRoutes: Route[] = [{ method: 'GET', path: '/v1.0/users/delta', style: 'graph', handle: usersDelta }];
