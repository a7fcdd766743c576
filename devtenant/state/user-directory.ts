import type { DirectoryUser, UserOverrides } from '../seed/directory-user.js';
import { generateUser } from '../seed/generate-user.js';
import type { TenantSeed } from '../seed/tenant-seed.js';
import { userIndexFromId } from '../seed/user-id.js';
import { ChangeLog } from './change-log.js';

/**
 * A tenant's users: indices 0..size-1 generated on demand, minus deletions, plus overrides for
 * added or changed users. Nothing is materialised; lookups by id or UPN decode the index.
 */
export class UserDirectory {
  readonly log = new ChangeLog();
  readonly #seed: TenantSeed;
  readonly #deleted = new Set<number>();
  readonly #overrides = new Map<number, UserOverrides>();
  #size: number;

  constructor(seed: TenantSeed) {
    this.#seed = seed;
    this.#size = seed.userCount;
  }

  /** One past the highest index ever used (deleted users included). */
  get size(): number {
    return this.#size;
  }

  /** How many users exist now. */
  get count(): number {
    return this.#size - this.#deleted.size;
  }

  /** The user at an index, or undefined when it never existed or was deleted. */
  at(index: number): DirectoryUser | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.#size || this.#deleted.has(index)) return undefined;
    return generateUser(this.#seed, index, this.#overrides.get(index));
  }

  /** Whether an index once held a user that is now deleted. */
  isDeleted(index: number): boolean {
    return this.#deleted.has(index);
  }

  /** Looks a user up by object id or userPrincipalName without scanning. */
  find(idOrUpn: string): DirectoryUser | undefined {
    if (!idOrUpn.includes('@')) {
      const index = userIndexFromId(this.#seed.tenantId, idOrUpn);
      return index === undefined ? undefined : this.at(index);
    }
    const upn = idOrUpn.toLowerCase();
    const [local = ''] = upn.split('@');
    const named = this.#seed.namedUsers.findIndex((u) => u.mailNickname === local);
    const digits = /(\d+)$/.exec(local)?.[1];
    const index = named >= 0 ? named : digits === undefined ? -1 : Number(digits);
    const user = this.at(index);
    return user?.userPrincipalName === upn ? user : undefined;
  }

  /** Adds a user at the next index and logs it, so delta reports it. */
  add(overrides: UserOverrides = {}): DirectoryUser {
    const index = this.#size;
    this.#size += 1;
    const created = { createdDateTime: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'), ...overrides };
    this.#overrides.set(index, created);
    this.log.append(index, 'added');
    return this.at(index) as DirectoryUser;
  }

  /** Changes fields of an existing user and logs it; false when there is no such user. */
  update(index: number, patch: UserOverrides): boolean {
    if (!this.at(index)) return false;
    this.#overrides.set(index, { ...this.#overrides.get(index), ...patch });
    this.log.append(index, 'updated');
    return true;
  }

  /** Deletes a user and logs it; false when there is no such user. */
  remove(index: number): boolean {
    if (!this.at(index)) return false;
    this.#deleted.add(index);
    this.log.append(index, 'deleted');
    return true;
  }
}
