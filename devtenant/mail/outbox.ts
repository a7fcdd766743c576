/** An address as Graph's `emailAddress`. */
export type MailAddress = { address: string; name: string | null };

/** A message sent through sendMail, parsed, as the outbox keeps it. */
export type OutboxMessage = {
  id: string;
  tenantId: string;
  /** How it was sent: Graph JSON or base64 MIME (Content-Type text/plain). */
  format: 'json' | 'mime';
  sentAt: string;
  /** The mailbox it was sent from (the user in the URL). */
  senderId: string;
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  subject: string;
  html: string | null;
  text: string | null;
  saveToSentItems: boolean;
};

/** Filters for reading the outbox; all optional, combined with AND. */
export type OutboxFilter = { to?: string; tenantId?: string; from?: string };

/** Sent mail, newest last internally, bounded (the oldest are dropped past `capacity`). */
export class Outbox {
  readonly #messages: OutboxMessage[] = [];
  readonly #capacity: number;
  #seq = 0;

  constructor(capacity = 5000) {
    this.#capacity = capacity;
  }

  /** Stores a message under the next id and returns it. */
  add(message: Omit<OutboxMessage, 'id' | 'sentAt'>): OutboxMessage {
    this.#seq += 1;
    const stored: OutboxMessage = { id: String(this.#seq), sentAt: new Date().toISOString(), ...message };
    this.#messages.push(stored);
    if (this.#messages.length > this.#capacity) this.#messages.splice(0, this.#messages.length - this.#capacity);
    return stored;
  }

  /** Matching messages, newest first. `to` matches To, Cc or Bcc; addresses compare case-insensitively. */
  list(filter: OutboxFilter = {}): OutboxMessage[] {
    const to = filter.to?.toLowerCase();
    const from = filter.from?.toLowerCase();
    const out: OutboxMessage[] = [];
    for (let i = this.#messages.length - 1; i >= 0; i -= 1) {
      const m = this.#messages[i] as OutboxMessage;
      if (filter.tenantId && m.tenantId !== filter.tenantId) continue;
      if (from && m.from.address.toLowerCase() !== from) continue;
      if (to && ![...m.to, ...m.cc, ...m.bcc].some((r) => r.address.toLowerCase() === to)) continue;
      out.push(m);
    }
    return out;
  }

  /** One message by id. */
  get(id: string): OutboxMessage | undefined {
    return this.#messages.find((m) => m.id === id);
  }

  /** Forgets every message (ids keep growing). */
  clear(): void {
    this.#messages.length = 0;
  }
}
