import { ReportEmail } from "../../../../contract/index.js";

/** The most report addresses Provision takes (as the contract's ReportingOptions). */
export const maxReportAddresses = 10;

/** What a typed or pasted text holds: the addresses that are valid (trimmed, lower-cased) and the tokens that are not. */
export interface ParsedAddresses {
  valid: string[];
  invalid: string[];
}

/** True when the text holds a separator, so what is before it can become a chip. */
export function hasSeparator(text: string): boolean {
  return /[\s,;]/.test(text);
}

/**
 * Splits on commas, semicolons and white space, and accepts what Outlook copies ("Ada Admin <ada@x.com>; …")
 * by keeping only the address between the angle brackets.
 */
export function parseAddresses(text: string): ParsedAddresses {
  const plain = text.replace(/[^<>,;]*<([^<>]*)>/g, " $1 ");
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const token of plain.split(/[\s,;]+/)) {
    if (!token) continue;
    const parsed = ReportEmail.safeParse(token);
    if (parsed.success) valid.push(parsed.data);
    else invalid.push(token);
  }
  return { valid, invalid };
}

/** The field's message for tokens that are not addresses. */
export function invalidAddressMessage(invalid: readonly string[]): string {
  if (invalid.length === 1) return `"${invalid[0]}" is not a valid email address. Enter one such as name@example.com.`;
  return `These are not valid email addresses: ${invalid.map((token) => `"${token}"`).join(", ")}. Enter them like name@example.com.`;
}

/** The chips after adding `added`: no duplicates, at most {@link maxReportAddresses}; `overflow` counts what did not fit. */
export function mergeAddresses(current: readonly string[], added: readonly string[]): { emails: string[]; overflow: number } {
  const emails = [...current];
  let overflow = 0;
  for (const email of added) {
    if (emails.includes(email)) continue;
    if (emails.length >= maxReportAddresses) overflow += 1;
    else emails.push(email);
  }
  return { emails, overflow };
}
