import { createHash, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { exportJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { generate } from 'selfsigned';

/** The token-signing key pair plus its public JWK (with kid, x5t and x5c like Entra's keys). */
export type SigningKey = { kid: string; privateKey: KeyObject; publicKey: KeyObject; jwk: JWK };

/** Makes a fresh RS256 key pair and a self-signed certificate for it, as Entra publishes. */
export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pems = await generate([{ name: 'commonName', value: 'devtenant token signing' }], {
    keyPair: {
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 5 * 365 * 24 * 3600 * 1000),
    extensions: [{ name: 'basicConstraints', cA: false }],
  });
  const der = new X509Certificate(pems.cert).raw;
  const kid = createHash('sha1').update(der).digest('base64url');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, x5t: kid, use: 'sig', x5c: [der.toString('base64')] };
  return { kid, privateKey, publicKey, jwk };
}

/** Signs claims as RS256 with the devtenant key; `header` may override typ or kid (for negative tests). */
export async function signJwt(key: SigningKey, claims: JWTPayload, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ typ: 'JWT', kid: key.kid, x5t: key.kid, ...header, alg: 'RS256' })
    .sign(key.privateKey);
}
