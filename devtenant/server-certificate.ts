import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generate } from 'selfsigned';
import type { LocalCa } from './ca.js';

/** The HTTPS listener's certificate and key. */
export type ServerCertificate = { certPem: string; keyPem: string };

const DAY_MS = 24 * 3600 * 1000;

function stillGood(certPem: string, keyPem: string, ca: LocalCa): boolean {
  try {
    const cert = new X509Certificate(certPem);
    if (!cert.checkPrivateKey(createPrivateKey(keyPem))) return false;
    const caCert = new X509Certificate(ca.caCertPem);
    return cert.verify(caCert.publicKey) && new Date(cert.validTo).getTime() > Date.now() + 7 * DAY_MS && cert.checkIP('127.0.0.1') !== undefined;
  } catch {
    return false;
  }
}

/**
 * A server certificate for IP:127.0.0.1 and DNS:localhost signed by the local CA, kept beside it
 * and re-issued when missing, expiring, or signed by another CA.
 */
export async function ensureServerCertificate(ca: LocalCa): Promise<ServerCertificate> {
  const dir = dirname(ca.caCertPath);
  const certPath = join(dir, 'devtenant-server.pem');
  const keyPath = join(dir, 'devtenant-server.key');
  const [certPem, keyPem] = await Promise.all([readFile(certPath, 'utf8').catch(() => ''), readFile(keyPath, 'utf8').catch(() => '')]);
  if (certPem && keyPem && stillGood(certPem, keyPem, ca)) return { certPem, keyPem };
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 397 * DAY_MS),
    ca: { key: ca.caKeyPem, cert: ca.caCertPem },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }, { type: 7, ip: '::1' }] },
    ],
  });
  await writeFile(keyPath, pems.private, { mode: 0o600 });
  await writeFile(certPath, pems.cert);
  return { certPem: pems.cert, keyPem: pems.private };
}
