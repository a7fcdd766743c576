import { GraphError } from '../http/graph-error.js';
import type { DirectoryUser } from '../seed/directory-user.js';
import { USER_PROPERTY_KINDS } from './user-properties.js';

/** The properties Graph v1.0 returns for a user when no $select is given. */
export const DEFAULT_USER_SELECT: readonly string[] = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone',
  'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id',
];

const CANONICAL = new Map(Object.keys(USER_PROPERTY_KINDS).map((name) => [name.toLowerCase(), name]));

/** Parses `$select` for users: known property names only (400 otherwise); id is always returned. */
export function parseUserSelect(raw: string | null): string[] | undefined {
  if (raw === null) return undefined;
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const out: string[] = [];
  for (const name of names) {
    const canonical = CANONICAL.get(name.toLowerCase());
    if (!canonical) throw new GraphError(400, 'Request_BadRequest', `Could not find a property named '${name}' on type 'Microsoft.DirectoryServices.User'.`);
    if (!out.includes(canonical)) out.push(canonical);
  }
  if (!out.includes('id')) out.push('id');
  return out;
}

function knownValues(u: DirectoryUser): Record<string, unknown> {
  return {
    id: u.id,
    displayName: u.displayName,
    givenName: u.givenName,
    surname: u.surname,
    userPrincipalName: u.userPrincipalName,
    mail: u.mail,
    mailNickname: u.mailNickname,
    accountEnabled: u.accountEnabled,
    userType: u.userType,
    assignedLicenses: u.assignedLicenses,
    createdDateTime: u.createdDateTime,
    jobTitle: u.jobTitle,
    usageLocation: u.usageLocation,
    preferredLanguage: u.preferredLanguage,
    proxyAddresses: [`SMTP:${u.mail}`],
    otherMails: [],
    identities: [{ signInType: 'userPrincipalName', issuer: u.userPrincipalName.split('@')[1], issuerAssignedId: u.userPrincipalName }],
  };
}

/** A user as Graph returns it: the selected properties (default set otherwise), null/[] when unset. */
export function userView(u: DirectoryUser, select: readonly string[] = DEFAULT_USER_SELECT): Record<string, unknown> {
  const values = knownValues(u);
  const out: Record<string, unknown> = {};
  for (const name of select) {
    if (name in values) out[name] = values[name];
    else out[name] = USER_PROPERTY_KINDS[name] === 'collection' ? [] : null;
  }
  return out;
}

/** The `@odata.context` fragment for a users collection with a $select. */
export function usersContextFragment(select: readonly string[] | undefined, suffix = ''): string {
  return select ? `users(${select.join(',')})${suffix}` : `users${suffix}`;
}
