import type { DevTenantApp } from '../app-context.js';
import { GraphError } from '../http/graph-error.js';
import { openLinkToken } from './link-token.js';

/** Where a delta round stands, sealed into $skiptoken / $deltatoken. */
export type DeltaState =
  | { k: 'initial'; t: string; c: number; s: number; sel?: string[] }
  | { k: 'changes'; t: string; from: number; to: number; o: number; sel?: string[] }
  | { k: 'delta'; t: string; q: number; sel?: string[] };

/** Opens a delta-round token for a tenant: 400 when forged or foreign, 410 when from an earlier run. */
export function openDeltaState(app: DevTenantApp, token: string, tenantId: string, kinds: DeltaState['k'][]): DeltaState {
  const opened = openLinkToken<DeltaState>(app, token);
  if (!opened.ok && opened.reason === 'stale') {
    throw new GraphError(410, 'SyncStateNotFound', 'The sync state is not found or has expired. Restart the sync by calling delta without a token (resync required).');
  }
  if (!opened.ok || opened.payload.t !== tenantId || !kinds.includes(opened.payload.k)) {
    throw new GraphError(400, 'Request_BadRequest', 'Badly formed token.');
  }
  return opened.payload;
}

/** Reads `Prefer: odata.maxpagesize=N` (1..999); undefined when absent or unusable. */
export function preferredPageSize(prefer: string | undefined): number | undefined {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 ? Math.min(n, 999) : undefined;
}
