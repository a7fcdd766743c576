import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { AccessToken, TokenCredential } from "@azure/identity";
import { freePort, waitForPort } from "../../../../scripts/lib/ports.js";

/** Azurite over HTTPS accepting Entra-style bearer tokens (`--oauth basic`), as a storage account with shared keys off. */
export interface OAuthAzurite {
  tableUrl: string;
  queueUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts Azurite's table and queue services on HTTPS with the local CA's server certificate (trusted by the
 * test run through NODE_EXTRA_CA_CERTS). `--oauth basic` checks a token's issuer, audience and lifetime, not its signature.
 */
export async function startOAuthAzurite(caDir: string): Promise<OAuthAzurite> {
  const [tablePort, queuePort] = [await freePort(), await freePort()];
  const bin = path.resolve("node_modules/.bin");
  const tls = ["--cert", path.join(caDir, "devtenant-server.pem"), "--key", path.join(caDir, "devtenant-server.key"), "--oauth", "basic"];
  const common = ["--disableTelemetry", "--silent", "--skipApiVersionCheck", "--inMemoryPersistence", ...tls];
  const children: ChildProcess[] = [
    spawn(path.join(bin, "azurite-table"), ["--tableHost", "127.0.0.1", "--tablePort", String(tablePort), ...common], { stdio: "ignore" }),
    spawn(path.join(bin, "azurite-queue"), ["--queueHost", "127.0.0.1", "--queuePort", String(queuePort), ...common], { stdio: "ignore" }),
  ];
  await Promise.all([waitForPort(tablePort), waitForPort(queuePort)]);
  const stopOne = (child: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return {
    tableUrl: `https://127.0.0.1:${tablePort}/devstoreaccount1`,
    queueUrl: `https://127.0.0.1:${queuePort}/devstoreaccount1`,
    stop: async () => void (await Promise.all(children.map(stopOne))),
  };
}

/** A credential handing out unsigned tokens shaped like Entra's for Azure Storage; counts what it was asked for. */
export function fakeStorageCredential(): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return {
    scopes,
    async getToken(requested): Promise<AccessToken> {
      scopes.push(...[requested].flat());
      const now = Math.floor(Date.now() / 1000);
      const claims = { aud: "https://storage.azure.com", iss: "https://sts.windows.net/8a0b5d3e-1f2c-4e6a-9b7d-2c4e6f8a0b1c/", iat: now, nbf: now - 60, exp: now + 3600, oid: "00000000-0000-4000-8000-000000000001" };
      return { token: `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`, expiresOnTimestamp: (now + 3600) * 1000 };
    },
  };
}
