import assert from 'node:assert/strict';
import { emptyReply } from '../../../devtenant/http/reply.js';
import type { Route } from '../../../devtenant/http/route.js';
import { Router } from '../../../devtenant/http/router.js';

const route = (method: Route['method'], path: string): Route => ({ method, path, style: 'graph', handle: () => emptyReply() });

describe('Router', () => {
  const router = new Router().add(route('GET', '/v1.0/users/:id'), route('GET', '/v1.0/users/delta'), route('POST', '/:tenant/oauth2/v2.0/token'));

  it('prefers literal segments over parameters', () => {
    assert.equal(router.match('GET', '/v1.0/users/delta')?.route.path, '/v1.0/users/delta');
    assert.deepEqual(router.match('GET', '/v1.0/users/abc')?.params, { id: 'abc' });
  });

  it('decodes parameters and checks the method and length', () => {
    assert.deepEqual(router.match('POST', '/contoso.com/oauth2/v2.0/token')?.params, { tenant: 'contoso.com' });
    assert.deepEqual(router.match('GET', '/v1.0/users/a%40b.com')?.params, { id: 'a@b.com' });
    assert.equal(router.match('GET', '/contoso.com/oauth2/v2.0/token'), undefined);
    assert.equal(router.match('GET', '/v1.0/users/a/b'), undefined);
    assert.equal(router.match('GET', '/v1.0/users/%E0%A4%A'), undefined);
  });
});
