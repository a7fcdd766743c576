import assert from 'node:assert/strict';
import { SEED, startHarness, type Harness } from './support/devtenant-fixture.js';
import { ADA, alternativeMime, jsonMessage, sendJson, sendMime } from './support/mail-client.js';

const MEGAN = 'megan@tailspintoys.onmicrosoft.com';

describe('devtenant Graph mail: POST /users/{id | upn}/sendMail', () => {
  let h: Harness;
  let token: string;
  const outbox = async (query = ''): Promise<any[]> => (await h.admin('GET', `/mail${query}`)).json().messages;
  before(async () => {
    h = await startHarness();
    token = await h.appToken(SEED.mspA);
  });
  after(async () => h.dt.close());
  beforeEach(async () => {
    await h.admin('DELETE', '/mail');
    await h.admin('DELETE', '/faults');
  });

  it('sends Graph JSON: 202 with no body, and the outbox shows from, to, subject and the HTML', async () => {
    const res = await sendJson(h, token, ADA, jsonMessage([MEGAN], 'Backup report', '<p>All <b>protected</b>.</p>'));
    assert.deepEqual([res.status, res.text], [202, '']);
    const [m] = await outbox();
    assert.deepEqual(m.from, { address: ADA, name: 'Ada Admin' });
    assert.deepEqual(m.to, [{ address: MEGAN, name: null }]);
    assert.deepEqual([m.subject, m.html, m.text, m.format, m.saveToSentItems, m.tenantId], ['Backup report', '<p>All <b>protected</b>.</p>', null, 'json', false, SEED.mspA]);
    assert.match(m.sentAt, /^\d{4}-\d\d-\d\dT/);
    const text = await sendJson(h, token, ADA, { message: { subject: 'Plain', body: { content: 'hello' }, toRecipients: [{ emailAddress: { address: MEGAN, name: 'Megan Bowen' } }] } });
    assert.equal(text.status, 202);
    const [latest] = await outbox();
    assert.deepEqual([latest.subject, latest.text, latest.html, latest.to[0].name, latest.saveToSentItems], ['Plain', 'hello', null, 'Megan Bowen', true]);
  });

  it('sends base64 MIME (multipart/alternative): subject, recipients, text and HTML parts decoded', async () => {
    const mime = alternativeMime({
      to: `"Tailspin Admin" <admin@tailspintoys.onmicrosoft.com>, ${MEGAN}`,
      cc: '=?UTF-8?Q?Zo=C3=AB_Ops?= <ops@example.com>',
      subject: 'Backup ready ✓ for Tailspin Toys',
      text: 'Backup is ready ✓\nOpen the tab = see details.',
      html: '<html><body><h1>Backup ready ✓</h1><p>Open <a href="http://localhost:3978/tab">the tab</a>.</p></body></html>',
    });
    const res = await sendMime(h, token, ADA, mime);
    assert.deepEqual([res.status, res.text], [202, '']);
    const [m] = await outbox();
    assert.equal(m.format, 'mime');
    assert.equal(m.subject, 'Backup ready ✓ for Tailspin Toys');
    assert.deepEqual(m.to, [{ address: 'admin@tailspintoys.onmicrosoft.com', name: 'Tailspin Admin' }, { address: MEGAN, name: null }]);
    assert.deepEqual(m.cc, [{ address: 'ops@example.com', name: 'Zoë Ops' }]);
    assert.equal(m.text, 'Backup is ready ✓\nOpen the tab = see details.');
    assert.match(m.html, /<h1>Backup ready ✓<\/h1>/);
    assert.deepEqual(m.from, { address: ADA, name: 'Ada Admin' }, 'sent from the mailbox in the URL');
  });

  it('answers 400 ErrorInvalidRecipients for no or bad recipients, and 400 for bad base64; nothing is sent', async () => {
    const none = await sendJson(h, token, ADA, { message: { subject: 'x', body: { content: 'x' } } });
    assert.deepEqual([none.status, none.json().error.code], [400, 'ErrorInvalidRecipients']);
    assert.match(none.json().error.message, /contains no recipients/);
    const bad = await sendJson(h, token, ADA, jsonMessage([MEGAN, 'not-an-address']));
    assert.deepEqual([bad.status, bad.json().error.code], [400, 'ErrorInvalidRecipients']);
    assert.match(bad.json().error.message, /Recipient 'not-an-address' isn't resolved/);
    const noTo = await sendMime(h, token, ADA, 'Subject: hi\r\n\r\nbody\r\n');
    assert.deepEqual([noTo.status, noTo.json().error.code], [400, 'ErrorInvalidRecipients']);
    const notBase64 = await sendMime(h, token, ADA, 'To: megan@x.com\r\n\r\nnot base64!', { raw: true });
    assert.deepEqual([notBase64.status, notBase64.json().error], [400, { ...notBase64.json().error, code: 'ErrorMimeContentInvalidBase64String', message: 'Invalid base64 string for MIME content.' }]);
    const noMessage = await sendJson(h, token, ADA, {});
    assert.deepEqual([noMessage.status, noMessage.json().error.code], [400, 'ErrorInvalidParameter']);
    const badType = await sendJson(h, token, ADA, { message: { body: { contentType: 'rtf', content: 'x' }, toRecipients: [{ emailAddress: { address: MEGAN } }] } });
    assert.equal(badType.status, 400);
    assert.deepEqual(await outbox(), []);
  });

  it("answers 404 ErrorInvalidUser for a sender outside the token's tenant, and checks Mail.Send and the mailbox", async () => {
    for (const sender of [MEGAN, 'nobody@northwindmsp.onmicrosoft.com', '00000000-0000-4000-8000-000000000000']) {
      const res = await sendJson(h, token, sender, jsonMessage([MEGAN]));
      assert.deepEqual([res.status, res.json().error.code], [404, 'ErrorInvalidUser'], sender);
      assert.equal(res.json().error.message, `The requested user '${sender}' is invalid.`);
    }
    const noMail = (await h.admin('POST', '/mint', { tenant: SEED.mspA, claims: { aud: 'https://graph.microsoft.com', roles: ['User.Read.All'] } })).json().token;
    assert.equal((await sendJson(h, noMail, ADA, jsonMessage([MEGAN]))).status, 403);
    await h.admin('POST', `/consents/${SEED.wingtip}`);
    const wingtip = await h.appToken(SEED.wingtip);
    const users = (await h.graph('/users?$top=200&$select=id,assignedLicenses', wingtip)).json().value;
    const unlicensed = users.find((u: any) => u.assignedLicenses.length === 0);
    const res = await sendJson(h, wingtip, unlicensed.id, jsonMessage([MEGAN]));
    assert.deepEqual([res.status, res.json().error.code], [404, 'MailboxNotEnabledForRESTAPI']);
    assert.deepEqual(await outbox(), []);
  });

  it('fails as configured through fault injection on "POST /v1.0/users/:id/sendMail" (503, then 429), then sends', async () => {
    await h.admin('POST', '/faults', { match: 'POST /v1.0/users/:id/sendMail', status: 503, retryAfterSeconds: 5, times: 1 });
    await h.admin('POST', '/faults', { match: 'POST /v1.0/users/:id/sendMail', status: 429, retryAfterSeconds: 2, times: 1 });
    const first = await sendJson(h, token, ADA, jsonMessage([MEGAN]));
    assert.deepEqual([first.status, first.header('retry-after'), first.json().error.code], [503, '5', 'serviceNotAvailable']);
    const second = await sendJson(h, token, ADA, jsonMessage([MEGAN]));
    assert.deepEqual([second.status, second.header('retry-after'), second.json().error.code], [429, '2', 'TooManyRequests']);
    assert.deepEqual(await outbox(), [], 'a faulted send is not delivered');
    assert.equal((await sendJson(h, token, ADA, jsonMessage([MEGAN]))).status, 202);
    assert.equal((await outbox()).length, 1);
    const counters = (await h.admin('GET', '/counters')).json();
    assert.equal(counters['POST /v1.0/users/:id/sendMail (faulted)'], 2);
  });

  it('sends inside $batch, JSON and MIME sub-requests alike', async () => {
    const mime = Buffer.from(alternativeMime({ to: MEGAN, subject: 'In a batch', text: 't', html: '<p>h</p>' })).toString('base64');
    const res = await h.https('/v1.0/$batch', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ requests: [
        { id: '1', method: 'POST', url: `/users/${ADA}/sendMail`, headers: { 'Content-Type': 'application/json' }, body: jsonMessage([MEGAN], 'JSON in a batch') },
        { id: '2', method: 'POST', url: `/users/${ADA}/sendMail`, headers: { 'Content-Type': 'text/plain' }, body: mime },
      ] }),
    });
    assert.deepEqual(res.json().responses.map((r: any) => [r.id, r.status, r.body]), [['1', 202, undefined], ['2', 202, undefined]]);
    assert.deepEqual((await outbox()).map((m) => m.subject).sort(), ['In a batch', 'JSON in a batch']);
  });
});
