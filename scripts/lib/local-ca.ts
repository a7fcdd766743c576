import path from "node:path";
import { ensureLocalCa } from "../../devtenant/ca.js";

/** Where the local CA for devtenant's HTTPS lives (git-ignored, created once per machine). */
export const localCaDir = path.resolve(".local/devtenant-ca");

/** Creates the local CA if missing and returns the certificate path to trust via NODE_EXTRA_CA_CERTS. */
export async function ensureLocalCaCert(): Promise<string> {
  const ca = await ensureLocalCa(localCaDir);
  return ca.caCertPath;
}
