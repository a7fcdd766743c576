import type { IdentitySet } from './tenant-backup.js';

/**
 * A resource as a unit table keys it: the index of a known user or site (>= 0), or the text of a
 * resource that could not be resolved (kept so the unit can report its error).
 */
export type ResourceRef = number | string;

function grown<T extends Int32Array | Float64Array | Uint16Array>(array: T, need: number, make: (n: number) => T): T {
  if (need <= array.length) return array;
  const next = make(Math.max(need, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The protection units of one policy, stored column-wise in typed arrays (about 20 bytes a unit):
 * resource, creation time, failure bucket (a hash of the resource id) and creator. Graph JSON is
 * rendered only for the page being read. A unit's position (`seq`) never changes.
 */
export class UnitTable {
  #keys = new Int32Array(64);
  #created = new Float64Array(64);
  #bucket = new Uint16Array(64);
  #by = new Uint16Array(64);
  #length = 0;
  /** catalog index → seq + 1 (0: none) */
  #slotByIndex = new Int32Array(64);
  readonly #slotByExtra = new Map<string, number>();
  readonly #extras: string[] = [];
  readonly #removed = new Map<number, number>();
  readonly #identities: IdentitySet[] = [];
  readonly #identityIds = new Map<string, number>();

  /** Units ever added (removed ones included). */
  get length(): number {
    return this.#length;
  }

  /** The resource of a unit. */
  ref(seq: number): ResourceRef {
    const key = this.#keys[seq] as number;
    return key >= 0 ? key : (this.#extras[-key - 1] as string);
  }

  /** When the unit was added (ms); may lie in the future while its bulk job is still running. */
  createdAt(seq: number): number {
    return this.#created[seq] as number;
  }

  /** 0..65535 from a hash of the resource id: the unit fails when bucket / 65536 < failureRate. */
  bucket(seq: number): number {
    return this.#bucket[seq] as number;
  }

  /** Who added the unit. */
  createdBy(seq: number): IdentitySet {
    return this.#identities[this.#by[seq] as number] ?? {};
  }

  /** When removal of the unit was requested, if it was. */
  removedAt(seq: number): number | undefined {
    return this.#removed.get(seq);
  }

  /** The unit of a resource, if the policy ever held it. */
  find(ref: ResourceRef): number | undefined {
    const slot = typeof ref === 'number' ? (this.#slotByIndex[ref] ?? 0) - 1 : (this.#slotByExtra.get(ref) ?? 0) - 1;
    return slot >= 0 ? slot : undefined;
  }

  /** Adds a resource; false (and nothing changes) when it is already a unit that is not removed. */
  add(ref: ResourceRef, bucket: number, createdAt: number, by: IdentitySet): boolean {
    const existing = this.find(ref);
    if (existing !== undefined) {
      if (!this.#removed.has(existing)) return false;
      this.#removed.delete(existing);
      this.#created[existing] = createdAt;
      this.#by[existing] = this.#identity(by);
      return true;
    }
    const seq = this.#length;
    this.#length += 1;
    this.#keys = grown(this.#keys, this.#length, (n) => new Int32Array(n));
    this.#created = grown(this.#created, this.#length, (n) => new Float64Array(n));
    this.#bucket = grown(this.#bucket, this.#length, (n) => new Uint16Array(n));
    this.#by = grown(this.#by, this.#length, (n) => new Uint16Array(n));
    if (typeof ref === 'number') {
      this.#slotByIndex = grown(this.#slotByIndex, ref + 1, (n) => new Int32Array(n));
      this.#slotByIndex[ref] = seq + 1;
      this.#keys[seq] = ref;
    } else {
      this.#extras.push(ref);
      this.#slotByExtra.set(ref, seq + 1);
      this.#keys[seq] = -this.#extras.length;
    }
    this.#created[seq] = createdAt;
    this.#bucket[seq] = bucket;
    this.#by[seq] = this.#identity(by);
    return true;
  }

  /** Marks a unit for removal at a time. */
  remove(seq: number, at: number): void {
    if (seq >= 0 && seq < this.#length && !this.#removed.has(seq)) this.#removed.set(seq, at);
  }

  #identity(by: IdentitySet): number {
    const key = JSON.stringify(by);
    let id = this.#identityIds.get(key);
    if (id === undefined) {
      id = Math.min(this.#identities.length, 0xffff);
      if (id === this.#identities.length) this.#identities.push(by);
      this.#identityIds.set(key, id);
    }
    return id;
  }
}
