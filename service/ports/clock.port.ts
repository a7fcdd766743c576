/** The time source, injected so schedules and expiries can be tested without waiting. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };
