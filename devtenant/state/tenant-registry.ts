import type { TenantSeed } from '../seed/tenant-seed.js';
import { UserDirectory } from './user-directory.js';

/** A tenant known to devtenant: its seed and its live directory. */
export type Tenant = { seed: TenantSeed; directory: UserDirectory };

/** Raised when a tenant id or domain is already taken. */
export class TenantConflictError extends Error {
  override readonly name = 'TenantConflictError';
  readonly code = 'DEVTENANT.TENANT_EXISTS';
}

/** All tenants, findable by GUID or verified domain (case-insensitive). */
export class TenantRegistry {
  readonly #byId = new Map<string, Tenant>();
  readonly #byDomain = new Map<string, Tenant>();

  constructor(seeds: readonly TenantSeed[] = []) {
    for (const seed of seeds) this.add(seed);
  }

  /** Registers a tenant; throws TenantConflictError when its id or domain exists. */
  add(seed: TenantSeed): Tenant {
    const id = seed.tenantId.toLowerCase();
    const domain = seed.domain.toLowerCase();
    if (this.#byId.has(id) || this.#byDomain.has(domain)) {
      throw new TenantConflictError(`Tenant ${id} or domain ${domain} already exists.`);
    }
    const tenant: Tenant = { seed, directory: new UserDirectory(seed) };
    this.#byId.set(id, tenant);
    this.#byDomain.set(domain, tenant);
    return tenant;
  }

  /** A tenant by GUID or verified domain. */
  find(idOrDomain: string): Tenant | undefined {
    const key = idOrDomain.toLowerCase();
    return this.#byId.get(key) ?? this.#byDomain.get(key);
  }

  /** Every tenant, in registration order. */
  list(): Tenant[] {
    return [...this.#byId.values()];
  }
}
