import { escapeHtml } from '../identity/pages/html.js';
import type { MailAddress, OutboxMessage } from './outbox.js';

/** What the outbox page shows: the listed messages, the open one, and which part of it. */
export type MailPageInput = { messages: OutboxMessage[]; selected?: OutboxMessage; view: 'html' | 'text'; filters: URLSearchParams };

const STYLE = `*{box-sizing:border-box}body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;color:#242424;background:#f5f5f5;height:100vh;display:flex;flex-direction:column}
header{background:#0f6cbd;color:#fff;padding:10px 16px;font-size:16px;display:flex;gap:16px;align-items:baseline}header a{color:#fff;font-size:13px}
main{flex:1;display:grid;grid-template-columns:360px 1fr;min-height:0}nav{overflow:auto;background:#fff;border-right:1px solid #e0e0e0}
nav a{display:block;padding:10px 14px;border-bottom:1px solid #f0f0f0;color:inherit;text-decoration:none}nav a:hover{background:#f5f5f5}nav a.sel{background:#ebf3fc;border-left:3px solid #0f6cbd}
.from{font-weight:600;font-size:14px}.subj{font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.time{color:#616161;font-size:12px}
section{display:flex;flex-direction:column;min-height:0;padding:16px;gap:10px}table{font-size:13px;border-collapse:collapse}td{padding:2px 8px 2px 0;vertical-align:top}td:first-child{color:#616161}
h1{font-size:20px;margin:0}.tabs a,.tabs span{font-size:13px;margin-right:12px}.tabs span{font-weight:600}.tabs .off{color:#a0a0a0;font-weight:400}
iframe{flex:1;width:100%;border:1px solid #e0e0e0;background:#fff}pre{flex:1;margin:0;overflow:auto;white-space:pre-wrap;background:#fff;border:1px solid #e0e0e0;padding:12px;font-size:13px}
.empty{color:#616161;padding:24px}`;

function addresses(list: MailAddress[]): string {
  return list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join(', ');
}

function when(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

function link(filters: URLSearchParams, changes: Record<string, string>): string {
  const q = new URLSearchParams(filters);
  for (const [k, v] of Object.entries(changes)) q.set(k, v);
  return `/_devtenant/mail?${escapeHtml(q.toString())}`;
}

function listItem(m: OutboxMessage, input: MailPageInput): string {
  const cls = m.id === input.selected?.id ? ' class="sel"' : '';
  return `<a${cls} href="${link(input.filters, { id: m.id })}"><div class="from">${escapeHtml(m.from.name ?? m.from.address)}</div>` +
    `<div class="subj">${escapeHtml(m.subject || '(no subject)')}</div><div class="time">${escapeHtml(when(m.sentAt))} · to ${escapeHtml(addresses(m.to))}</div></a>`;
}

function tab(input: MailPageInput, view: 'html' | 'text', label: string, available: boolean, current: 'html' | 'text'): string {
  if (!available) return `<span class="off">${label} (none)</span>`;
  return current === view ? `<span>${label}</span>` : `<a href="${link(input.filters, { id: input.selected?.id ?? '', view })}">${label}</a>`;
}

function viewer(input: MailPageInput): string {
  const m = input.selected;
  if (!m) return '<div class="empty">Select a message.</div>';
  const view = input.view === 'html' && m.html !== null ? 'html' : m.text !== null ? 'text' : 'html';
  const rows = [['From', addresses([m.from])], ['To', addresses(m.to)], ['Cc', addresses(m.cc)], ['Bcc', addresses(m.bcc)], ['Sent', when(m.sentAt)], ['Tenant', m.tenantId], ['Format', m.format]]
    .filter(([, v]) => v)
    .map(([k, v]) => `<tr><td>${k}</td><td>${escapeHtml(v ?? '')}</td></tr>`).join('');
  // No allow-scripts and no allow-same-origin: the mail's HTML runs nothing and reaches nothing; links open in a new tab.
  const body = view === 'html'
    ? `<iframe title="Message body" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(`<base target="_blank">${m.html ?? ''}`)}"></iframe>`
    : `<pre>${escapeHtml(m.text ?? '')}</pre>`;
  return `<h1>${escapeHtml(m.subject || '(no subject)')}</h1><table>${rows}</table>` +
    `<div class="tabs">${tab(input, 'html', 'HTML', m.html !== null, view)}${tab(input, 'text', 'Plain text', m.text !== null, view)}</div>${body}`;
}

/** The outbox as a mail client shows it: messages on the left, the open one on the right (no scripts). */
export function renderMailPage(input: MailPageInput): string {
  const list = input.messages.length ? input.messages.map((m) => listItem(m, input)).join('') : '<div class="empty">No mail sent yet.</div>';
  const reload = input.selected ? link(input.filters, { id: input.selected.id }) : link(input.filters, {});
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>devtenant outbox</title><style>${STYLE}</style></head>` +
    `<body><header><b>devtenant outbox</b><span>${input.messages.length} messages</span><a href="${reload}">Reload</a></header>` +
    `<main><nav>${list}</nav><section>${viewer(input)}</section></main></body></html>`;
}
