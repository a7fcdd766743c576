import { randomBytes } from "node:crypto";
import { startAzurite, type RunningAzurite } from "../../../scripts/lib/azurite.js";
import { freePort } from "../../../scripts/lib/ports.js";
import { createCustomerRepository, createTableClientFactory, type Customer, type CustomerStore } from "../../../service/index.js";
import { registerTeardown } from "../../support/teardown.js";

let azurite: Promise<RunningAzurite> | undefined;

/** The real customer repository on an Azurite of the bot tests' own (in memory), in fresh tables, holding these customers. */
export async function customerStoreWith(customers: readonly Customer[]): Promise<CustomerStore> {
  azurite ??= (async () => {
    const running = await startAzurite({ tablePort: await freePort(), queuePort: await freePort() });
    registerTeardown(() => running.stop());
    return running;
  })();
  const tables = createTableClientFactory((await azurite).connectionString, { tablePrefix: `bot${randomBytes(5).toString("hex")}` });
  const store = createCustomerRepository(tables);
  for (const customer of customers) await store.createIfAbsent(customer);
  return store;
}
