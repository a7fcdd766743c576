/** Longest command we read; a customer name plus a UPN fits many times over. */
export const maxCommandLength = 500;

/** Raw input we look at at all: mention markup and entities may inflate a short command, but not by 8×. */
const maxRawLength = maxCommandLength * 8;

const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** The text Teams sent, reduced to what staff typed: no mentions, tags, entities, invisible or repeated spaces. */
export type CleanText = { ok: true; text: string } | { ok: false; reason: string };

/** Cleans a message's text; refuses (without throwing) text too long to be a command. */
export function cleanText(raw: string): CleanText {
  if (raw.length > maxRawLength) return tooLong();
  const text = decodeEntities(
    raw
      .replace(/<at\b[^>]{0,200}>[\s\S]{0,200}?<\/at>/gi, " ") // Teams' @mention of the bot (or anyone)
      .replace(/<[^<>]{0,500}>/g, " "), // any other markup Teams or a paste carried in
  )
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "") // zero-width characters
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  return text.length > maxCommandLength ? tooLong() : { ok: true, text };
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});/gi, (entity, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith("#x")) return fromCodePoint(parseInt(lower.slice(2), 16), entity);
    if (lower.startsWith("#") && lower !== "#39") return fromCodePoint(parseInt(lower.slice(1), 10), entity);
    return named[lower] ?? entity;
  });
}

function fromCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function tooLong(): CleanText {
  return { ok: false, reason: `That message is too long for a command (at most ${maxCommandLength} characters).` };
}
