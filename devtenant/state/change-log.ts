/** What happened to a user at one point of a tenant's history. */
export type ChangeKind = 'added' | 'updated' | 'deleted';

/** One entry of a tenant's change log. */
export type ChangeEntry = { seq: number; index: number; kind: ChangeKind };

/**
 * A tenant's append-only change log over the generated base; sequence numbers only grow, so a
 * delta token is just the sequence it was issued at.
 */
export class ChangeLog {
  readonly #entries: ChangeEntry[] = [];
  #seq = 0;

  /** The sequence of the latest change (0 when nothing changed yet). */
  get currentSeq(): number {
    return this.#seq;
  }

  /** Records a change and returns its sequence. */
  append(index: number, kind: ChangeKind): number {
    this.#seq += 1;
    this.#entries.push({ seq: this.#seq, index, kind });
    return this.#seq;
  }

  /**
   * Net change per user in (fromSeq, toSeq], ordered by the last change: 'deleted' wins,
   * otherwise the user is reported as it is now.
   */
  netChanges(fromSeq: number, toSeq: number): ChangeEntry[] {
    const start = this.#firstAfter(fromSeq);
    const last = new Map<number, ChangeEntry>();
    for (let i = start; i < this.#entries.length; i += 1) {
      const entry = this.#entries[i] as ChangeEntry;
      if (entry.seq > toSeq) break;
      last.delete(entry.index);
      last.set(entry.index, entry);
    }
    return [...last.values()];
  }

  #firstAfter(seq: number): number {
    let lo = 0;
    let hi = this.#entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#entries[mid] as ChangeEntry).seq <= seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
