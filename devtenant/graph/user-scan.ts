import type { DirectoryUser } from '../seed/directory-user.js';
import { userIndexFromId } from '../seed/user-id.js';
import type { UserDirectory } from '../state/user-directory.js';

/** One page of a scan and where the next page starts (undefined: this was the last page). */
export type ScanPage = { users: DirectoryUser[]; next?: number };

/** How to scan: start index, page size, predicate, and optionally the only ids that can match. */
export type ScanOptions = { from: number; limit: number; matches?: (u: DirectoryUser) => boolean; ids?: string[] };

function candidates(dir: UserDirectory, tenantId: string, ids: string[] | undefined, from: number): Iterable<number> {
  if (ids) {
    const indices = ids.map((id) => userIndexFromId(tenantId, id)).filter((i): i is number => i !== undefined && i >= from);
    return [...new Set(indices)].sort((a, b) => a - b);
  }
  return (function* range() {
    for (let i = from; i < dir.size; i += 1) yield i;
  })();
}

/**
 * Walks users in index order (a stable, deterministic order) from `from`, collecting up to `limit`
 * matches; the next page starts at the following match, so no page is ever empty. Cost is the
 * indices walked, never the tenant size (unless a selective filter makes it so).
 */
export function scanUsers(dir: UserDirectory, tenantId: string, options: ScanOptions): ScanPage {
  const users: DirectoryUser[] = [];
  for (const i of candidates(dir, tenantId, options.ids, options.from)) {
    const u = dir.at(i);
    if (!u || (options.matches && !options.matches(u))) continue;
    if (users.length === options.limit) return { users, next: i };
    users.push(u);
  }
  return { users };
}

/** How many users match: O(1) without a predicate, a scan otherwise. */
export function countUsers(dir: UserDirectory, tenantId: string, matches?: (u: DirectoryUser) => boolean, ids?: string[]): number {
  if (!matches && !ids) return dir.count;
  let n = 0;
  for (const i of candidates(dir, tenantId, ids, 0)) {
    const u = dir.at(i);
    if (u && (!matches || matches(u))) n += 1;
  }
  return n;
}
