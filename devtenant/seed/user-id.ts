import { createHash } from 'node:crypto';

const masks = new Map<string, number>();
const MULTIPLIER = 0x2c1b3c6d;
const INVERSE = inverseOdd(MULTIPLIER);

function inverseOdd(a: number): number {
  let x = a;
  for (let i = 0; i < 5; i += 1) x = Math.imul(x, 2 - Math.imul(a, x));
  return x >>> 0;
}

/** A bijection on 32-bit integers, so neighbouring indices give unrelated-looking ids. */
function scramble(index: number): number {
  const x = Math.imul((index ^ (index >>> 16)) >>> 0, MULTIPLIER) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

function unscramble(value: number): number {
  const x = Math.imul((value ^ (value >>> 16)) >>> 0, INVERSE) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

function tenantMask(tenantId: string): number {
  let mask = masks.get(tenantId);
  if (mask === undefined) {
    mask = createHash('sha256').update(`mask|${tenantId}`).digest().readUInt32BE(0);
    masks.set(tenantId, mask);
  }
  return mask;
}

const seeds = new Map<string, number[]>();

function tenantSeeds(tenantId: string): number[] {
  let words = seeds.get(tenantId);
  if (!words) {
    const digest = createHash('sha256').update(`seed|${tenantId}`).digest();
    words = [0, 4, 8, 12].map((offset) => digest.readUInt32BE(offset));
    seeds.set(tenantId, words);
  }
  return words;
}

function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * 16 pseudo-random bytes that every generated property of (tenantId, index) is drawn from: a
 * per-tenant SHA-256 seed mixed with the index (fast enough to scan millions of users).
 */
export function userHash(tenantId: string, index: number): Buffer {
  const words = tenantSeeds(tenantId);
  const out = Buffer.allocUnsafe(16);
  for (let k = 0; k < 4; k += 1) out.writeUInt32BE(mix32((words[k] as number) ^ mix32(index + Math.imul(k + 1, 0x9e3779b9))), k * 4);
  return out;
}

/**
 * A GUID-shaped id derived from (tenantId, index). The last 8 hex digits carry the index,
 * scrambled and masked per tenant, so a lookup by id decodes the index in O(1) and re-derives the
 * whole id to check it.
 */
export function userIdFor(tenantId: string, index: number, hash: Buffer = userHash(tenantId, index)): string {
  const h = hash.toString('hex', 0, 12);
  const tail = `${h.slice(20, 24)}${((scramble(index) ^ tenantMask(tenantId)) >>> 0).toString(16).padStart(8, '0')}`;
  const variant = '89ab'[parseInt(h[16] ?? '0', 16) & 3];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${tail}`;
}

/** The index an id was made from, or undefined when the id is not one of this tenant's. */
export function userIndexFromId(tenantId: string, id: string): number | undefined {
  const lower = id.toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(lower)) return undefined;
  const n = unscramble((parseInt(lower.slice(28), 16) ^ tenantMask(tenantId)) >>> 0);
  return userIdFor(tenantId, n) === lower ? n : undefined;
}

/** A stable GUID for any other object (service principals, sessions) derived from its parts. */
export function derivedGuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
