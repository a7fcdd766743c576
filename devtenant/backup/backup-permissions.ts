import type { PermissionNeed } from '../graph/auth-guard.js';

const CONFIGURATION_RW = 'BackupRestore-Configuration.ReadWrite.All';
const CONTROL_RW = 'BackupRestore-Control.ReadWrite.All';
const READERS = ['BackupRestore-Configuration.Read.All', CONFIGURATION_RW, 'BackupRestore-Control.Read.All', CONTROL_RW];

/** Reading anything under /solutions/backupRestore. */
export const READ_BACKUP: PermissionNeed = { application: READERS, delegated: READERS };

/** Policies, units and bulk jobs: create, update, activate. */
export const WRITE_BACKUP_CONFIGURATION: PermissionNeed = { application: [CONFIGURATION_RW], delegated: [CONFIGURATION_RW] };

/** Service apps (register) and the service itself (enable, disable). */
export const CONTROL_BACKUP: PermissionNeed = { application: [CONTROL_RW], delegated: [CONTROL_RW] };

/** Activating and deactivating a service app: delegated only, as Microsoft documents it. */
export const CONTROL_BACKUP_DELEGATED: PermissionNeed = { application: [], delegated: [CONTROL_RW] };
