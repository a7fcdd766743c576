const tasks: Array<() => Promise<void>> = [];

/** Something to stop once the whole mocha run is over (shared Azurite, devtenant, browsers). */
export function registerTeardown(task: () => Promise<void>): void {
  tasks.push(task);
}

/** Runs the registered teardowns, newest first. */
export async function runTeardown(): Promise<void> {
  for (const task of tasks.splice(0).reverse()) await task();
}
