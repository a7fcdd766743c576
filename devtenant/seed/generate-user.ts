import { E3_SKU_ID, type DirectoryUser, type UserOverrides } from './directory-user.js';
import { GIVEN_NAMES, JOB_TITLES, SURNAMES } from './names.js';
import type { TenantSeed } from './tenant-seed.js';
import { userHash, userIdFor } from './user-id.js';

const EPOCH_2015 = Date.UTC(2015, 0, 1);
const SPAN_SECONDS = 8 * 365 * 24 * 3600;

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

const DAY_MS = 86_400_000;
const days = new Map<number, string>();
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO-8601 without milliseconds; day strings are cached because Date formatting dominates scans. */
function isoSeconds(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let date = days.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    days.set(day, date);
  }
  const secs = Math.floor((ms - day * DAY_MS) / 1000);
  return `${date}T${two(Math.floor(secs / 3600))}:${two(Math.floor(secs / 60) % 60)}:${two(secs % 60)}Z`;
}

/**
 * The user at `index` of a tenant, computed from (tenantId, index) alone, so a tenant of any size
 * costs nothing until a user is read. Overrides (admin-added or changed users) win.
 */
export function generateUser(seed: TenantSeed, index: number, overrides: UserOverrides = {}): DirectoryUser {
  const h = userHash(seed.tenantId, index);
  const named = seed.namedUsers[index];
  const givenName = overrides.givenName ?? named?.givenName ?? pick(GIVEN_NAMES, h.readUInt16BE(0));
  const surname = overrides.surname ?? named?.surname ?? pick(SURNAMES, h.readUInt16BE(2));
  const displayName = overrides.displayName ?? `${givenName} ${surname}`;
  const nick = named ? named.mailNickname : `${slug(givenName)}.${slug(surname)}${index}`;
  const upn = `${nick}@${seed.domain}`;
  const licensed = named !== undefined || h.readUInt8(5) % 100 < 90;
  return {
    index,
    id: userIdFor(seed.tenantId, index, h),
    displayName,
    givenName,
    surname,
    userPrincipalName: upn,
    mail: upn,
    mailNickname: nick,
    accountEnabled: overrides.accountEnabled ?? (named !== undefined || h.readUInt8(4) % 100 >= 3),
    userType: 'Member',
    assignedLicenses: licensed ? [{ skuId: E3_SKU_ID, disabledPlans: [] }] : [],
    createdDateTime: overrides.createdDateTime ?? isoSeconds(EPOCH_2015 + (h.readUInt32BE(8) % SPAN_SECONDS) * 1000),
    jobTitle: overrides.jobTitle ?? named?.jobTitle ?? pick(JOB_TITLES, h.readUInt16BE(12)),
    usageLocation: 'AU',
    preferredLanguage: 'en-AU',
    appRoles: named?.appRoles ?? [],
    isGlobalAdmin: named?.isGlobalAdmin ?? false,
  };
}

const slugs = new Map<string, string>();

function slug(name: string): string {
  let value = slugs.get(name);
  if (value === undefined) {
    value = name.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'user';
    if (slugs.size < 10_000) slugs.set(name, value);
  }
  return value;
}
