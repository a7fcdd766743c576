import assert from 'node:assert/strict';
import { call, expectStatus, pageAll, prepareTenant, backupSettings, sleep } from './support/backup-client.js';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';

describe('devtenant Graph sites: getAllSites, /sites?search, /sites/{id}', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await startHarness();
    await h.admin('POST', `/consents/${SEED.tailspin}`);
    token = await h.appToken(SEED.tailspin);
  });
  after(async () => h.dt.close());

  it('pages getAllSites with $top and an opaque $skiptoken, and the pages equal the Backup site catalog', async () => {
    const { items, pages } = await pageAll(h, token, '/v1.0/sites/getAllSites?$top=10');
    assert.equal(pages, 3);
    const catalog = (await h.admin('GET', `/backup/${SEED.tailspin}/sites?top=1000`)).json();
    assert.equal(catalog.total, 25);
    assert.deepEqual(items.map((s) => [s.id, s.webUrl, s.displayName]), catalog.sites.map((s: any) => [s.siteId, s.siteWebUrl, s.siteName]));
    const first = items[0];
    assert.deepEqual(Object.keys(first).sort(), ['createdDateTime', 'description', 'displayName', 'id', 'isPersonalSite', 'lastModifiedDateTime', 'name', 'siteCollection', 'webUrl']);
    assert.deepEqual([first.name, first.isPersonalSite, first.siteCollection], ['marketing0', false, { hostname: 'tailspintoys.sharepoint.com' }]);
    const page1 = (await h.graph('/sites/getAllSites?$top=10', token)).json();
    assert.match(page1['@odata.nextLink'], /^https:\/\/127\.0\.0\.1:\d+\/v1\.0\/sites\/getAllSites\?\$top=10&\$skiptoken=[\w-]+\.[\w-]+$/);
    assert.match(page1['@odata.context'], /\$metadata#Collection\(site\)$/);
  });

  it('defaults to 200 a page, allows 999, and pages 10,000 sites of the 100,000-user tenant', async () => {
    await h.admin('POST', `/consents/${SEED.litware}`);
    const litware = await h.appToken(SEED.litware);
    const first = (await h.graph('/sites/getAllSites', litware)).json();
    assert.equal(first.value.length, 200);
    const started = Date.now();
    const { items, pages } = await pageAll(h, litware, '/v1.0/sites/getAllSites?$top=999&$select=id,webUrl');
    assert.deepEqual([items.length, pages, new Set(items.map((s) => s.id)).size], [10_000, 11, 10_000]);
    assert.deepEqual(Object.keys(items[9_999]), ['id', 'webUrl']);
    assert.equal(items[9_999].webUrl, 'https://litware.sharepoint.com/sites/research9999');
    assert.ok(Date.now() - started < 10_000, 'paging is per page, not per tenant');
    assert.equal((await h.graph('/sites/getAllSites?$top=1000', litware)).status, 400);
  });

  it('answers $select, getAllSites(), /sites?search=* and a keyword search; rejects bad options and forged tokens', async () => {
    const selected = (await h.graph('/sites/getAllSites()?$top=2&$select=displayName,siteCollection,sharepointIds', token)).json();
    assert.deepEqual(Object.keys(selected.value[0]), ['id', 'displayName', 'siteCollection', 'sharepointIds']);
    assert.equal(selected.value[0].sharepointIds.siteId, selected.value[0].id.split(',')[1]);
    assert.equal((await pageAll(h, token, '/v1.0/sites?search=*&$top=7')).items.length, 25);
    const finance = (await pageAll(h, token, '/v1.0/sites?search=finance&$top=1')).items;
    assert.deepEqual(finance.map((s) => s.displayName), ['Finance 1', 'Finance 11', 'Finance 21']);
    assert.equal((await h.graph('/sites/getAllSites?$filter=isPersonalSite eq false', token)).json().value.length, 25);
    assert.equal((await h.graph('/sites/getAllSites?$filter=isPersonalSite eq true', token)).json().value.length, 0);
    const bad = await h.graph('/sites/getAllSites?$select=nope', token);
    assert.deepEqual([bad.status, bad.json().error.code], [400, 'BadRequest']);
    assert.equal((await h.graph('/sites/getAllSites?$orderby=name', token)).status, 400);
    const next: string = (await h.graph('/sites/getAllSites?$top=5', token)).json()['@odata.nextLink'];
    assert.equal((await h.graph(next.replace('$top=5', '$top=6'), token)).status, 400, 'a skiptoken only continues its own query');
    assert.equal((await h.graph(`${next}x`, token)).status, 400);
  });

  it('reads one site by id, by site-collection GUID and by path; 404 itemNotFound and 400 for another host', async () => {
    const [site] = (await h.graph('/sites/getAllSites?$top=1', token)).json().value;
    const byId = (await expectStatus(call(h, 'GET', `/v1.0/sites/${encodeURIComponent(site.id)}`, token), 200)).json();
    assert.equal(byId.webUrl, site.webUrl);
    assert.match(byId['@odata.context'], /#sites\/\$entity$/);
    assert.equal((await h.graph(`/sites/${site.id.split(',')[1]}`, token)).json().id, site.id);
    assert.equal((await h.graph('/sites/tailspintoys.sharepoint.com:/sites/marketing0:', token)).json().id, site.id);
    assert.equal((await h.graph('/sites/tailspintoys.sharepoint.com:/sites/finance1?$select=displayName', token)).json().displayName, 'Finance 1');
    const missing = await h.graph('/sites/tailspintoys.sharepoint.com:/sites/nowhere', token);
    assert.deepEqual([missing.status, missing.json().error.code], [404, 'itemNotFound']);
    const other = await h.graph(`/sites/${site.id.replace('tailspintoys', 'wingtiptoys')}`, token);
    assert.deepEqual([other.status, other.json().error.code], [400, 'invalidRequest']);
  });

  it('needs an app token with Sites.Read.All', async () => {
    assert.equal((await h.graph('/sites/getAllSites', 'nope')).status, 401);
    const noSites = (await h.admin('POST', '/mint', { tenant: SEED.tailspin, claims: { aud: 'https://graph.microsoft.com', roles: ['User.Read.All'] } })).json().token;
    const denied = await h.graph('/sites/getAllSites', noSites);
    assert.deepEqual([denied.status, denied.json().error.code], [403, 'Authorization_RequestDenied']);
  });

  it('gives site ids that siteProtectionUnitsBulkAdditionJobs accepts, every one resolved', async () => {
    await backupSettings(h, { protectAfterMs: 50, jobCompleteAfterMs: 30, failureRate: 0 });
    const t = await prepareTenant(h, SEED.tailspin);
    const sites = (await pageAll(h, t.app, '/v1.0/sites/getAllSites?$top=10&$select=id')).items;
    const policy = (await expectStatus(call(h, 'POST', '/sharePointProtectionPolicies', t.app, { displayName: 'All sites' }), 201)).json();
    const jobs = `/sharePointProtectionPolicies/${policy.id}/siteProtectionUnitsBulkAdditionJobs`;
    const job = (await expectStatus(call(h, 'POST', jobs, t.app, { siteIds: sites.map((s) => s.id) }), 201)).json();
    await sleep(120);
    const done = (await call(h, 'GET', `${jobs}/${job.id}`, t.app)).json();
    assert.deepEqual([done.status, done.error], ['completed', null]);
    const units = (await pageAll(h, t.app, `/sharePointProtectionPolicies/${policy.id}/siteProtectionUnits`)).items;
    assert.deepEqual(units.map((u) => u.siteId).sort(), sites.map((s) => s.id).sort());
  });
});
