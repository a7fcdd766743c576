import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { generate } from 'selfsigned';

/** The local root CA: files on disk (trust it with NODE_EXTRA_CA_CERTS=caCertPath) and PEMs. */
export type LocalCa = { caCertPath: string; caKeyPath: string; caCertPem: string; caKeyPem: string };

const CA_CERT = 'devtenant-root-ca.pem';
const CA_KEY = 'devtenant-root-ca.key';
const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Serialises CA creation across processes (a test harness and a start script may race). */
async function withDirLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = join(dir, '.lock');
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > 30_000) await rm(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`devtenant: could not lock ${dir} (remove ${lock} if stale)`);
      else await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Creates the local root CA once and keeps it in `dir`, so its path can be given to
 * NODE_EXTRA_CA_CERTS before any process starts and stays valid across restarts.
 */
export async function ensureLocalCa(dir: string = '.local/devtenant-ca'): Promise<LocalCa> {
  const root = resolve(dir);
  const caCertPath = join(root, CA_CERT);
  const caKeyPath = join(root, CA_KEY);
  await mkdir(root, { recursive: true });
  return withDirLock(root, async () => {
    const [certPem, keyPem] = await Promise.all([readIfPresent(caCertPath), readIfPresent(caKeyPath)]);
    if (certPem && keyPem) return { caCertPath, caKeyPath, caCertPem: certPem, caKeyPem: keyPem };
    const pems = await generate(
      [
        { name: 'commonName', value: 'devtenant local root CA (not for cloud use)' },
        { name: 'organizationName', value: 'Backup365 for Teams devtenant' },
      ],
      {
        keySize: 2048,
        algorithm: 'sha256',
        notAfterDate: new Date(Date.now() + TEN_YEARS_MS),
        extensions: [
          { name: 'basicConstraints', cA: true, critical: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
        ],
      },
    );
    await writeFile(caKeyPath, pems.private, { mode: 0o600 });
    await writeFile(caCertPath, pems.cert);
    return { caCertPath, caKeyPath, caCertPem: pems.cert, caKeyPem: pems.private };
  });
}
