/** A named, time-limited claim that one instance among many holds (Table entity + ETag). */
export interface LeaseStore {
  /** True if this holder now owns the lease: it was free, expired, or already ours and not finished. */
  acquire(name: string, holder: string, untilMs: number, nowMs: number): Promise<boolean>;
  /** Marks the leased work finished: nobody acquires it again. */
  complete(name: string, holder: string): Promise<void>;
}
