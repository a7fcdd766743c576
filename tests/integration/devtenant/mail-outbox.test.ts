import assert from 'node:assert/strict';
import { sharedChromium, screenshotDir } from '../../support/browser.js';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';
import { send, type TestResponse } from './support/http-client.js';
import { ADA, alternativeMime, jsonMessage, sendJson, sendMime } from './support/mail-client.js';

describe('devtenant outbox: /_devtenant/mail (JSON for tests, a mail-client page for people)', () => {
  let h: Harness;
  let msp: string;
  let tailspin: string;
  const page = (query = ''): Promise<TestResponse> =>
    send(`${h.dt.browserUrl}/_devtenant/mail${query}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
  before(async () => {
    h = await startHarness();
    msp = await h.appToken(SEED.mspA);
    await h.admin('POST', `/consents/${SEED.tailspin}`);
    tailspin = await h.appToken(SEED.tailspin);
    await sendJson(h, msp, ADA, jsonMessage(['megan@tailspintoys.onmicrosoft.com'], 'First'));
    await sendJson(h, tailspin, 'admin@tailspintoys.onmicrosoft.com', jsonMessage(['ops@example.com'], 'From Tailspin'));
    await sendMime(h, msp, ADA, alternativeMime({
      to: 'ops@example.com', subject: 'Report <ready>', text: 'Plain part\nsecond line',
      html: '<h1 id="title">Report ready</h1><p>Open <a href="http://localhost:1/x">the tab</a></p><script>document.getElementById("title").textContent="pwned"</script>',
    }));
  });
  after(async () => h.dt.close());

  it('lists newest first, filters by to and tenant (id or domain), reads one, and clears', async () => {
    const all = (await h.admin('GET', '/mail')).json();
    assert.equal(all.total, 3);
    assert.deepEqual(all.messages.map((m: any) => m.subject), ['Report <ready>', 'From Tailspin', 'First']);
    const toOps = (await h.admin('GET', '/mail?to=OPS@example.com')).json();
    assert.deepEqual(toOps.messages.map((m: any) => m.subject), ['Report <ready>', 'From Tailspin']);
    const byDomain = (await h.admin('GET', '/mail?tenant=tailspintoys.onmicrosoft.com')).json();
    assert.deepEqual(byDomain.messages.map((m: any) => [m.subject, m.tenantId]), [['From Tailspin', SEED.tailspin]]);
    assert.equal((await h.admin('GET', `/mail?tenant=${SEED.mspA}&top=1`)).json().messages.length, 1);
    assert.equal((await h.admin('GET', '/mail?tenant=nowhere.example')).status, 404);
    const one = (await h.admin('GET', `/mail/${all.messages[2].id}`)).json();
    assert.equal(one.subject, 'First');
    assert.equal((await h.admin('GET', '/mail/999999')).status, 404);
  });

  it('shows a mail-client page on the browser listener: list, headers, HTML in a sandboxed iframe, a plain-text toggle', async () => {
    const res = await page();
    assert.equal(res.status, 200);
    assert.match(res.header('content-type') ?? '', /^text\/html/);
    assert.match(res.header('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(res.text, /Report &lt;ready&gt;/);
    const iframe = /<iframe[^>]*>/.exec(res.text)?.[0] ?? '';
    assert.match(iframe, /sandbox="allow-popups allow-popups-to-escape-sandbox"/);
    assert.doesNotMatch(iframe, /allow-scripts|allow-same-origin/);
    assert.match(iframe, /srcdoc="&lt;base target=&quot;_blank&quot;&gt;&lt;h1 id=&quot;title&quot;&gt;Report ready/);
    const id = (await h.admin('GET', '/mail')).json().messages[0].id;
    const text = await page(`?id=${id}&view=text`);
    assert.match(text.text, /<pre>Plain part\nsecond line<\/pre>/);
    assert.doesNotMatch(text.text, /<iframe/);
    assert.match((await page('?format=json')).header('content-type') ?? '', /json/);
  });

  it('renders the HTML part in Chromium without running its scripts', async function () {
    this.timeout(60_000);
    const browser = await sharedChromium();
    const context = await browser.newContext({ viewport: { width: 1200, height: 700 } });
    try {
      const tab = await context.newPage();
      await tab.goto(`${h.dt.browserUrl}/_devtenant/mail`);
      const frame = tab.frameLocator('iframe');
      assert.equal(await frame.locator('#title').textContent(), 'Report ready');
      assert.equal(await frame.locator('a').getAttribute('href'), 'http://localhost:1/x');
      assert.equal(await tab.title(), 'devtenant outbox');
      assert.equal(await tab.locator('nav a').count(), 3);
      await tab.screenshot({ path: `${screenshotDir}/devtenant-outbox.png` });
      await tab.getByRole('link', { name: 'Plain text' }).click();
      assert.equal(await tab.locator('pre').textContent(), 'Plain part\nsecond line');
    } finally {
      await context.close();
    }
  });

  it('forgets everything on DELETE', async () => {
    assert.equal((await h.admin('DELETE', '/mail')).status, 204);
    assert.deepEqual((await h.admin('GET', '/mail')).json(), { total: 0, messages: [] });
    assert.match((await page()).text, /No mail sent yet/);
  });
});
