import { formBody, send, type TestResponse } from './http-client.js';

/** A submit button on a page: its name/value and its visible (accessible) text. */
export type PageButton = { name: string; value: string; text: string };

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1]?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The form's action, hidden fields and submit buttons, read from devtenant's HTML. */
export function readForm(html: string): { action: string; hidden: Record<string, string>; buttons: PageButton[] } {
  const form = /<form\b[^>]*>/.exec(html)?.[0];
  if (!form) throw new Error(`no <form> on page:\n${html.slice(0, 500)}`);
  const hidden: Record<string, string> = {};
  for (const m of html.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) hidden[attr(m[0], 'name') ?? ''] = attr(m[0], 'value') ?? '';
  const buttons: PageButton[] = [];
  for (const m of html.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)) {
    const text = (m[2] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    buttons.push({ name: attr(`<b ${m[1]}>`, 'name') ?? '', value: attr(`<b ${m[1]}>`, 'value') ?? '', text });
  }
  return { action: attr(form, 'action') ?? '', hidden, buttons };
}

/** Clicks the submit button whose text contains `label`, as a browser would post the form. */
export async function clickButton(baseUrl: string, page: TestResponse, label: string): Promise<TestResponse> {
  const { action, hidden, buttons } = readForm(page.text);
  const button = buttons.find((b) => b.text.includes(label));
  if (!button) throw new Error(`no button "${label}"; buttons: ${buttons.map((b) => b.text).join(' | ')}`);
  return send(new URL(action, baseUrl).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: formBody({ ...hidden, [button.name]: button.value }),
  });
}
