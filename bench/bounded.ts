/** Runs `work` over `items` with at most `limit` at a time; stops at the first failure or once `deadline` (epoch ms) passes. */
export async function forEachLimited<T>(items: readonly T[], limit: number, deadline: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      if (Date.now() > deadline) throw new Error(`time limit reached after ${next} of ${items.length} items`);
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Polls `check` every `intervalMs` until it returns a value other than undefined, or throws once `timeoutMs` has passed. */
export async function pollUntil<T>(what: string, check: () => Promise<T | undefined>, options: { timeoutMs: number; intervalMs: number }): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached within ${Math.round(options.timeoutMs / 1000)} s`);
    await sleep(options.intervalMs);
  }
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A progress line on stderr (the JSON result goes to stdout). */
export function log(line: string): void {
  console.error(`[bench auto] ${new Date().toISOString().slice(11, 19)} ${line}`);
}
