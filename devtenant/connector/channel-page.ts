/** HTML of the channel pages: what Teams users would see, cards rendered by the adaptivecards bundle. */

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;background:#f5f5f5;margin:0 auto;max-width:760px;padding:16px}
a{color:#4f52b2}.msg{background:#fff;border-radius:6px;padding:8px 12px;margin:10px 0;box-shadow:0 1px 2px #0002}
.bot{border-left:4px solid #6264a7}.meta{color:#616161;font-size:12px;margin-bottom:4px}.sys{color:#888;font-size:12px;text-align:center}
pre{white-space:pre-wrap;font-size:12px}li{margin:6px 0}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function shell(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}<style>${STYLE}</style></head>` +
    `<body><p><a href="/_devtenant/channel">All conversations</a></p><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** The list of conversations (reloads every 2 s). */
export function renderConversationList(items: { id: string; conversationType: string; members: string[]; activityCount: number; updatedAt: string }[]): string {
  const rows = items.map((c) =>
    `<li><a href="/_devtenant/channel/${encodeURIComponent(c.id)}">${escapeHtml(c.members.join(', ') || c.id)}</a> ` +
    `<span class="meta">${escapeHtml(c.conversationType)} · ${c.activityCount} activities · ${escapeHtml(c.updatedAt)} · ${escapeHtml(c.id)}</span></li>`);
  return shell('Bot conversations', '<meta http-equiv="refresh" content="2">', rows.length ? `<ul>${rows.join('')}</ul>` : '<p>No conversations yet.</p>');
}

const SCRIPT = `const id=document.getElementById('root').dataset.id;const md=window.markdownit();let last='';
AdaptiveCards.AdaptiveCard.onProcessMarkdown=(t,r)=>{r.outputHtml=md.render(t);r.didProcess=true};
function el(tag,cls,text){const e=document.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e}
function card(content){try{const c=new AdaptiveCards.AdaptiveCard();c.parse(content);return c.render()||el('pre','','(card did not render)')}catch(e){return el('pre','',String(e))}}
function render(conv){const root=document.getElementById('root');root.replaceChildren();
for(const a of conv.activities){const act=a.activity;
if(act.type!=='message'){root.append(el('div','sys',act.type+(act.name?' '+act.name:'')+' · '+a.updatedAt));continue}
const box=el('div','msg'+(a.fromBot?' bot':''));const who=act.from?(act.from.name||act.from.id):'';
box.append(el('div','meta',who+' · '+a.updatedAt+(a.edits?' · edited '+a.edits+'×':'')));
if(act.text){const t=el('div');t.innerHTML=md.render(act.text);box.append(t)}else if(act.value){box.append(el('pre','',JSON.stringify(act.value,null,1)))}
for(const att of act.attachments||[])box.append(att.contentType==='application/vnd.microsoft.card.adaptive'?card(att.content):el('pre','',JSON.stringify(att,null,1)));
root.append(box)}}
async function poll(){try{const r=await fetch('/_devtenant/channel/conversations/'+encodeURIComponent(id));const t=await r.text();if(t!==last){last=t;render(JSON.parse(t))}}catch(e){}setTimeout(poll,2000)}
poll();`;

/** One conversation, newest first, re-read every 2 s; Adaptive Cards rendered, markdown through markdown-it. */
export function renderConversationPage(id: string, title: string): string {
  const head = '<link rel="stylesheet" href="/_devtenant/assets/adaptivecards.css">';
  const body = `<div id="root" data-id="${escapeHtml(id)}">Loading…</div>` +
    '<script src="/_devtenant/assets/markdown-it.min.js"></script><script src="/_devtenant/assets/adaptivecards.min.js"></script>' +
    `<script>${SCRIPT}</script>`;
  return shell(title, head, body);
}
