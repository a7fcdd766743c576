import { TenantBackup } from './tenant-backup.js';

/** Timing and failure knobs (admin API `PUT /_devtenant/backup/settings`). */
export type BackupSettings = {
  /** How long a unit stays `protectRequested` after it is added (or its policy activated). */
  protectAfterMs: number;
  /** How long a bulk addition job stays `active`; fixed per job when it is created. */
  jobCompleteAfterMs: number;
  /** Share of resources (by hash of the resource id) whose units end `unprotected` with an error. */
  failureRate: number;
};

/** What the billing check of `enable` finds for an app owner tenant. */
export type BillingState = 'ok' | 'missing' | 'unreadable';

/** Default settings. */
export const DEFAULT_BACKUP_SETTINGS: Readonly<BackupSettings> = { protectAfterMs: 2000, jobCompleteAfterMs: 500, failureRate: 0 };

/** Billing at start: MSP A has a billing profile, MSP B has none; any other owner tenant has none. */
const DEFAULT_BILLING: Readonly<Record<string, BillingState>> = {
  '8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c': 'ok',
  '3c9e7a51-6b2d-4f80-a1c3-5e7d9f1b3a25': 'missing',
};

/** Microsoft 365 Backup across tenants: per-tenant state (created on first use), settings, billing. */
export class BackupState {
  readonly settings: BackupSettings = { ...DEFAULT_BACKUP_SETTINGS };
  readonly #billing = new Map<string, BillingState>(Object.entries(DEFAULT_BILLING));
  readonly #tenants = new Map<string, TenantBackup>();

  /** A tenant's backup state, created empty on first use. */
  tenant(tenantId: string): TenantBackup {
    const key = tenantId.toLowerCase();
    let state = this.#tenants.get(key);
    if (!state) {
      state = new TenantBackup();
      this.#tenants.set(key, state);
    }
    return state;
  }

  /** Forgets a tenant's backup state (service disabled, no apps, policies or jobs). */
  reset(tenantId: string): void {
    this.#tenants.delete(tenantId.toLowerCase());
  }

  /** The billing state of an app owner tenant. */
  billing(ownerTenantId: string): BillingState {
    return this.#billing.get(ownerTenantId.toLowerCase()) ?? 'missing';
  }

  /** Sets the billing state of an app owner tenant. */
  setBilling(ownerTenantId: string, state: BillingState): void {
    this.#billing.set(ownerTenantId.toLowerCase(), state);
  }
}
