import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalCa } from '../../../devtenant/ca.js';
import { ensureServerCertificate } from '../../../devtenant/server-certificate.js';

describe('ensureLocalCa', () => {
  it('creates a root CA once, keeps it across calls, and signs a loopback server certificate', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'devtenant-ca-unit-')), 'nested');
    const [a, b] = await Promise.all([ensureLocalCa(dir), ensureLocalCa(dir)]);
    assert.equal(a.caCertPem, b.caCertPem, 'concurrent callers get the same CA');
    assert.equal((await ensureLocalCa(dir)).caCertPem, a.caCertPem, 'stable across restarts');
    const ca = new X509Certificate(a.caCertPem);
    assert.equal(ca.ca, true);
    const server = await ensureServerCertificate(a);
    const cert = new X509Certificate(server.certPem);
    assert.equal(cert.verify(ca.publicKey), true);
    assert.equal(cert.checkIP('127.0.0.1'), '127.0.0.1');
    assert.equal(cert.checkHost('localhost'), 'localhost');
    assert.equal((await ensureServerCertificate(a)).certPem, server.certPem, 'reused while valid');
  });
});
