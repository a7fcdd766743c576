import { createSigningKey, type SigningKey } from '../identity/signing-key.js';

/** An activity as JSON (the Bot Framework schema is open-ended; devtenant keeps what it was given). */
export type ActivityJson = Record<string, unknown> & { id?: string; type?: string };

/** A Teams channel account as the connector's members calls return it. */
export type TeamsMember = { id: string; name?: string; aadObjectId?: string; userPrincipalName?: string; tenantId: string; userRole: 'user' };

/** One stored activity: every version it had, oldest first (an update adds a version). */
export type StoredActivity = { id: string; fromBot: boolean; versions: { seq: number; at: string; activity: ActivityJson }[] };

/** What makes a conversation: who is in it, which bot, which tenant. */
export type ConversationInit = {
  id: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
  tenantId: string;
  botAppId: string;
  name?: string;
};

/** A conversation between one bot and Teams users, with its activities in the order they arrived. */
export type Conversation = ConversationInit & {
  createdAt: string;
  members: Map<string, TeamsMember>;
  activities: StoredActivity[];
  /** Where the channel last delivered this conversation's activities (for a person driving it). */
  botEndpoint?: string;
};

/** The Bot Framework side of devtenant: the channel's signing key, conversations and their activities. */
export class ConnectorState {
  readonly conversations = new Map<string, Conversation>();
  #seq = 0;
  #lastActivityId = 0;
  #channelKey: Promise<SigningKey> | undefined;

  /** The channel's own RS256 key (not Entra's), made on first use and kept for the run. */
  channelKey(): Promise<SigningKey> {
    this.#channelKey ??= createSigningKey();
    return this.#channelKey;
  }

  /** A change counter: every stored version gets the next number. */
  get seq(): number {
    return this.#seq;
  }

  /** The conversation with this id (created from `init` when new). */
  ensure(init: ConversationInit): Conversation {
    let conversation = this.conversations.get(init.id);
    if (!conversation) {
      conversation = { ...init, createdAt: new Date().toISOString(), members: new Map(), activities: [] };
      this.conversations.set(init.id, conversation);
    }
    return conversation;
  }

  /** Adds a member (a user; Teams does not list the bot). */
  addMember(conversation: Conversation, member: TeamsMember): void {
    conversation.members.set(member.id, member);
  }

  /** A new Teams-like activity id (epoch milliseconds, unique and increasing). */
  newActivityId(): string {
    this.#lastActivityId = Math.max(Date.now(), this.#lastActivityId + 1);
    return String(this.#lastActivityId);
  }

  /** Stores a new activity and returns it. */
  add(conversation: Conversation, activity: ActivityJson, fromBot: boolean, id = this.newActivityId()): StoredActivity {
    const stored: StoredActivity = { id, fromBot, versions: [] };
    this.#push(stored, { ...activity, id });
    conversation.activities.push(stored);
    return stored;
  }

  /** Adds a version to an existing activity (an edit in place). */
  update(stored: StoredActivity, activity: ActivityJson): void {
    this.#push(stored, { ...activity, id: stored.id });
  }

  /** The activity with this id in the conversation. */
  find(conversation: Conversation, activityId: string): StoredActivity | undefined {
    return conversation.activities.find((a) => a.id === activityId);
  }

  /** Activities the bot sent or edited after change `seq`. */
  botChangesSince(conversation: Conversation, seq: number): StoredActivity[] {
    return conversation.activities.filter((a) => a.fromBot && a.versions.some((v) => v.seq > seq));
  }

  /** Forgets every conversation (the key stays). */
  clear(): void {
    this.conversations.clear();
  }

  #push(stored: StoredActivity, activity: ActivityJson): void {
    this.#seq += 1;
    const at = new Date().toISOString();
    stored.versions.push({ seq: this.#seq, at, activity: { timestamp: at, ...activity } });
  }
}

/** JSON of one stored activity: the latest version, how many versions and edits, and the history. */
export function activityView(stored: StoredActivity): Record<string, unknown> {
  const latest = stored.versions[stored.versions.length - 1];
  return {
    id: stored.id,
    fromBot: stored.fromBot,
    versions: stored.versions.length,
    edits: stored.versions.length - 1,
    updatedAt: latest?.at,
    activity: latest?.activity,
    history: stored.versions.map((v) => ({ at: v.at, activity: v.activity })),
  };
}

/** JSON of a conversation with its members and activities, newest first. */
export function conversationView(conversation: Conversation): Record<string, unknown> {
  const { members, activities, ...rest } = conversation;
  return { ...rest, members: [...members.values()], activities: [...activities].reverse().map(activityView) };
}
