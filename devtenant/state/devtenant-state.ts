import { BackupState } from '../backup/backup-state.js';
import { ConnectorState } from '../connector/connector-state.js';
import { Outbox } from '../mail/outbox.js';
import { SEED_TENANTS } from '../seed/tenants.js';
import { ConsentStore } from './consent-store.js';
import { ExpiringStore } from './expiring-store.js';
import { FaultStore } from './fault-store.js';
import { RequestCounters } from './request-counters.js';
import type { AuthCodeRecord, PageSession, RefreshRecord } from './sign-in-records.js';
import { TenantRegistry } from './tenant-registry.js';
import { grantFullConsent } from './grant-full-consent.js';

/** All mutable state of one running devtenant; lost on restart by design. */
export type DevTenantState = {
  tenants: TenantRegistry;
  consents: ConsentStore;
  codes: ExpiringStore<AuthCodeRecord>;
  refreshTokens: ExpiringStore<RefreshRecord>;
  pages: ExpiringStore<PageSession>;
  counters: RequestCounters;
  faults: FaultStore;
  latency: { ms: number };
  backup: BackupState;
  connector: ConnectorState;
  /** Mail sent through sendMail (the last 5,000). */
  mail: Outbox;
};

/** Fresh state from the seed: MSP tenants consented, customers not. */
export function createDevTenantState(options: { latencyMs?: number } = {}): DevTenantState {
  const state: DevTenantState = {
    tenants: new TenantRegistry(SEED_TENANTS),
    consents: new ConsentStore(),
    codes: new ExpiringStore<AuthCodeRecord>(10 * 60 * 1000),
    refreshTokens: new ExpiringStore<RefreshRecord>(24 * 3600 * 1000, '1.A'),
    pages: new ExpiringStore<PageSession>(3600 * 1000),
    counters: new RequestCounters(),
    faults: new FaultStore(),
    latency: { ms: options.latencyMs ?? 0 },
    backup: new BackupState(),
    connector: new ConnectorState(),
    mail: new Outbox(),
  };
  for (const seed of SEED_TENANTS) {
    if (seed.consentedAtStart) grantFullConsent(state.consents, seed.tenantId, 'seed');
  }
  return state;
}
