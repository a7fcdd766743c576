import { randomBytes } from "node:crypto";
import type { MailMessage } from "../../ports/mail.port.js";

const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");
const wrap = (text: string): string => text.replace(/.{1,76}/g, "$&\r\n");
/** RFC 2047 encoded-word for a header that may hold non-ASCII text. */
const encodedWord = (text: string): string => (/^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${b64(text)}?=`);

/**
 * The message as MIME (RFC 2045/2046): multipart/alternative with the plain-text part first and HTML last (the
 * one clients prefer), both UTF-8 in base64. Graph's `sendMail` takes this, itself base64-encoded, as text/plain.
 */
export function buildMimeMessage(message: MailMessage, options: { boundary?: string } = {}): string {
  const boundary = options.boundary ?? `b365-${randomBytes(12).toString("hex")}`;
  const part = (type: string, body: string): string =>
    [`--${boundary}`, `Content-Type: ${type}; charset="utf-8"`, "Content-Transfer-Encoding: base64", "", wrap(b64(body))].join("\r\n");
  return [
    `From: ${message.from}`,
    `To: ${message.to.join(", ")}`,
    `Subject: ${encodedWord(message.subject.replace(/[\r\n]+/g, " "))}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    part("text/plain", message.text),
    part("text/html", message.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
