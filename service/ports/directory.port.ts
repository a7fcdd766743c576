/** The tenant as Graph's /organization describes it. */
export interface TenantOrganization {
  tenantId: string;
  displayName: string;
  defaultDomain: string | null;
}

/** A directory user, reduced to what staff need to choose whom to protect. */
export interface DirectoryUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  accountEnabled: boolean;
  licensed: boolean;
}

export interface ListDirectoryUsersOptions {
  search?: string;
  cursor?: string;
  pageSize?: number;
  signal?: AbortSignal;
}

/** A page of users; `cursor` continues it; `total` when the directory counts. */
export interface DirectoryUserPage {
  users: DirectoryUser[];
  cursor: string | null;
  total: number | null;
}

/** One page of `/users/delta`: changed users, removed ids, and the deltaLink on the last page. */
export interface UserDeltaPage {
  users: DirectoryUser[];
  removed: string[];
  deltaLink: string | null;
}

/** Reads a customer tenant's directory through Microsoft Graph with an app-only token. */
export interface DirectoryPort {
  /** Every change since `deltaLink` (all users when null), page by page; the last page carries the new deltaLink. */
  readUsersDelta(tenantId: string, deltaLink: string | null): AsyncIterable<UserDeltaPage>;
  getOrganization(tenantId: string): Promise<TenantOrganization>;
  listUsers(tenantId: string, options?: ListDirectoryUsersOptions): Promise<DirectoryUserPage>;
}
