import assert from 'node:assert/strict';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

describe('devtenant identity: OpenID metadata and keys', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h.dt.close());

  it('serves metadata for a tenant GUID with the GUID in the issuer', async () => {
    const res = await h.https(`/${SEED.tailspin}/v2.0/.well-known/openid-configuration`);
    assert.equal(res.status, 200);
    const doc = res.json();
    assert.equal(doc.issuer, `${h.dt.url}/${SEED.tailspin}/v2.0`);
    assert.equal(doc.token_endpoint, `${h.dt.url}/${SEED.tailspin}/oauth2/v2.0/token`);
    assert.equal(doc.jwks_uri, `${h.dt.url}/${SEED.tailspin}/discovery/v2.0/keys`);
    assert.equal(doc.authorization_endpoint, `${h.dt.browserUrl}/${SEED.tailspin}/oauth2/v2.0/authorize`);
    assert.ok(doc.end_session_endpoint);
    assert.deepEqual(doc.id_token_signing_alg_values_supported, ['RS256']);
    assert.equal(doc.tenant_region_scope, 'OC');
  });

  it('resolves a verified domain to its tenant GUID (case-insensitive)', async () => {
    const res = await h.https('/WingtipToys.onmicrosoft.com/v2.0/.well-known/openid-configuration');
    assert.equal(res.status, 200);
    assert.equal(res.json().issuer, `${h.dt.url}/${SEED.wingtip}/v2.0`);
  });

  it('uses the {tenantid} placeholder for organizations and common', async () => {
    for (const name of ['organizations', 'common']) {
      const doc = (await h.https(`/${name}/v2.0/.well-known/openid-configuration`)).json();
      assert.equal(doc.issuer, `${h.dt.url}/{tenantid}/v2.0`);
      assert.equal(doc.token_endpoint, `${h.dt.url}/${name}/oauth2/v2.0/token`);
    }
  });

  it('answers an unknown tenant with Entra\'s invalid_tenant AADSTS90002', async () => {
    const res = await h.https('/nowhere.example.com/v2.0/.well-known/openid-configuration');
    assert.equal(res.status, 400);
    const body = res.json();
    assert.equal(body.error, 'invalid_tenant');
    assert.match(body.error_description, /^AADSTS90002: Tenant 'nowhere.example.com' not found\./);
    assert.deepEqual(body.error_codes, [90002]);
    for (const key of ['timestamp', 'trace_id', 'correlation_id']) assert.ok(body[key], key);
  });

  it('publishes one RS256 signing key with kid and x5t', async () => {
    const { keys } = (await h.https(`/${SEED.mspA}/discovery/v2.0/keys`)).json();
    assert.equal(keys.length, 1);
    assert.equal(keys[0].kty, 'RSA');
    assert.equal(keys[0].use, 'sig');
    assert.ok(keys[0].kid && keys[0].x5t && keys[0].n && keys[0].e);
    assert.equal(keys[0].x5c.length, 1);
  });
});
