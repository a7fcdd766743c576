import type { ConfidentialClientApplication } from "@azure/msal-node";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type ConversationReference, type Request, type Response, type TurnContext } from "botbuilder";
import { PasswordServiceClientCredentialFactory, ServiceClientCredentialsFactory, TokenCredentials } from "botframework-connector";
import type { ConversationRef } from "../../service/index.js";
import type { AdaptiveCard } from "../cards/card-types.js";
import { buildErrorCard } from "../cards/error.card.js";
import { tenantIdOf } from "../identity/staff-from-activity.js";
import type { IncomingTurn, Reply } from "../turn.js";

/** How the bot proves itself to the Bot Connector: an msal-node client (any authority, local or cloud) or a client secret. */
export type BotCredentials = { clientApplication: ConfidentialClientApplication } | { clientSecret: string; tenantId?: string };

/** Where channel tokens come from and bot tokens go; leave out for public Azure, set all four for a local identity provider. */
export interface BotAuthSettings {
  /** ToBotFromChannelOpenIdMetadataUrl: the channel's OpenID metadata (its JWKS must endorse "msteams"). */
  openIdMetadataUrl?: string;
  /** ToBotFromChannelTokenIssuer: the issuer of tokens the channel sends. */
  tokenIssuer?: string;
  /** ToChannelFromBotLoginUrl: the authority the bot gets its tokens from (required whenever any of these is set). */
  loginUrl?: string;
  /** ToChannelFromBotOAuthScope: the scope of those tokens. */
  oauthScope?: string;
}

/** Options for {@link createTeamsBot}. */
export interface TeamsBotOptions {
  /** The bot's Entra app ID. Required: an empty one would switch Bot Framework authentication off. */
  botId: string;
  credentials: BotCredentials;
  auth?: BotAuthSettings;
  /** The bot's behaviour (see `createTurnHandler`). */
  handle: (turn: IncomingTurn) => Promise<Reply>;
  /** Hears what went wrong in a turn (the user already got a short card when one could be sent); log it. */
  onError: (error: unknown, turn: IncomingTurn | undefined) => void;
  /** Hears every conversation the bot is added to or spoken to in, to keep for proactive cards (failures go to onError). */
  onConversation?: (conversation: ConversationRef) => Promise<void>;
}

/** The bot as the HTTP server sees it: give it `POST /api/messages`. */
export interface TeamsBot {
  process(req: Request, res: Response): Promise<void>;
  /** Posts a card into a stored conversation without being asked (proactive) and answers the new message's id. */
  postCard(conversation: ConversationRef, card: AdaptiveCard): Promise<string>;
  /** Replaces a message the bot posted in a stored conversation with a new card (the same message, edited in place). */
  updateCard(conversation: ConversationRef, activityId: string, card: AdaptiveCard): Promise<void>;
}

const cardType = "application/vnd.microsoft.card.adaptive";
const failed = buildErrorCard("Something went wrong on our side. Try again in a minute; if it keeps happening, tell your Backup365 admin.", {
  title: "Something went wrong",
});

/** CloudAdapter with its authenticate-and-run step reachable, so the HTTP answer is ours (see processActivity). */
class ChannelAdapter extends CloudAdapter {
  run(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authHeader, activity, logic);
  }
}

/**
 * `adapter.process` without its leaks: a malformed body is a 400, and any failure before our turn logic ran (a bad,
 * foreign-signed, expired or missing token — botbuilder re-throws jsonwebtoken's errors untyped) is a 401 that never
 * echoes the library's message; a failure inside a turn (such as a reply the Bot Connector refused) is told to
 * `onError` and answered with a plain 500.
 */
async function processActivity(
  adapter: ChannelAdapter,
  req: Request,
  res: Response,
  logic: (context: TurnContext) => Promise<void>,
  onError: TeamsBotOptions["onError"],
): Promise<void> {
  const end = (status: number, body?: unknown): void => {
    res.status(status);
    if (body !== undefined) res.send(body);
    res.end();
  };
  const activity = req.body as Partial<Activity> | undefined;
  if (!activity || typeof activity !== "object" || Array.isArray(activity) || typeof activity.type !== "string" || !activity.type) {
    return end(400, { error: { code: "BOT.BAD_ACTIVITY", message: "The request body is not a Bot Framework activity." } });
  }
  const header = req.headers?.authorization ?? req.headers?.Authorization;
  let started = false;
  try {
    const answer = await adapter.run(typeof header === "string" ? header : "", activity as Activity, async (context) => {
      started = true;
      await logic(context);
    });
    return end(answer?.status ?? 200, answer?.body);
  } catch (error) {
    if (!started) return end(401, { error: { code: "BOT.UNAUTHORIZED", message: "The activity is not signed by the Bot Framework channel for this bot." } });
    onError(error, undefined);
    return end(500, { error: { code: "BOT.TURN_FAILED", message: "Something went wrong on our side." } });
  }
}

/** The one file that knows the Bot Framework: authenticates, turns activities into {@link IncomingTurn}s and replies into activities. */
export function createTeamsBot(options: TeamsBotOptions): TeamsBot {
  if (!options.botId.trim()) throw new Error("createTeamsBot: botId is empty, which would turn Bot Framework authentication off");
  const { auth = {} } = options;
  const settings = {
    MicrosoftAppId: options.botId,
    ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: auth.tokenIssuer,
    ToChannelFromBotLoginUrl: auth.loginUrl,
    ToChannelFromBotOAuthScope: auth.oauthScope,
  };
  const adapter = new ChannelAdapter(new ConfigurationBotFrameworkAuthentication(settings, credentialsFactory(options.botId, options.credentials)));
  // No adapter.onTurnError: botbuilder would hand it every failure inside a turn (a reply or a proactive card the Bot
  // Connector refused) and then carry on as if the turn had succeeded — the channel got a 200 with no reply, postCard
  // lost the connector's status and updateCard "succeeded" unsent. Failures propagate: processActivity answers 500 and
  // tells onError, postCard/updateCard reject with the connector's error (which withConnectorRetry reads).
  const proactive = (conversation: ConversationRef, logic: (context: TurnContext) => Promise<void>): Promise<void> =>
    adapter.continueConversationAsync(options.botId, toReference(conversation), logic);
  return {
    process: (req, res) => processActivity(adapter, req, res, (context) => runTurn(context, options), options.onError),
    async postCard(conversation, card) {
      let id: string | undefined;
      await proactive(conversation, async (context) => void (id = (await context.sendActivity(cardActivity(card)))?.id));
      if (!id) throw new Error("The Bot Connector did not answer the id of the posted card");
      return id;
    },
    async updateCard(conversation, activityId, card) {
      await proactive(conversation, async (context) => void (await context.updateActivity({ ...cardActivity(card), id: activityId })));
    },
  };
}

const cardActivity = (card: AdaptiveCard): Partial<Activity> => ({ type: "message", attachments: [{ contentType: cardType, content: card }] });

function toReference(c: ConversationRef): Partial<ConversationReference> {
  return {
    channelId: "msteams",
    serviceUrl: c.serviceUrl,
    bot: { id: c.botId, name: "" },
    conversation: { id: c.conversationId, conversationType: c.conversationType, tenantId: c.tenantId, isGroup: c.conversationType !== "personal", name: "" },
  };
}

/** The conversation an activity came from, when it is a message or the bot being added, from a known tenant. */
function referenceOf(activity: Activity): ConversationRef | undefined {
  const tenantId = tenantIdOf(activity);
  const added = activity.type === "conversationUpdate" && (activity.membersAdded ?? []).some((m) => m.id === activity.recipient?.id);
  if ((activity.type !== "message" && !added) || !tenantId || !activity.conversation?.id || !activity.serviceUrl || !activity.recipient?.id) return undefined;
  return { conversationId: activity.conversation.id, serviceUrl: activity.serviceUrl, tenantId, conversationType: activity.conversation.conversationType ?? "personal", botId: activity.recipient.id };
}

type ConnectorCredentials = Awaited<ReturnType<ServiceClientCredentialsFactory["createCredentials"]>>;

/**
 * Bot Connector tokens from the bot's own msal-node client, cached there (per authority and scope, renewed before expiry).
 *
 * Not botbuilder's MsalServiceClientCredentialsFactory: its AppCredentials keep tokens in one process-wide map keyed by
 * app ID and scope alone (`AppCredentials.cache`, ~55 min), whatever authority issued them. Any other Bot Framework
 * client in the process with the same app ID — another bot instance, against another identity provider — puts its token
 * there, and this bot then sends that foreign token to its connector: every reply and card is refused with 401 until it
 * expires.
 */
class MsalConnectorCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(
    private readonly botId: string,
    private readonly client: ConfidentialClientApplication,
  ) {
    super();
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.botId;
  }

  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(appId: string, audience: string | undefined): Promise<ConnectorCredentials> {
    if (!(await this.isValidAppId(appId))) throw new Error("Invalid appId.");
    const resource = audience || "https://api.botframework.com";
    const scope = resource.endsWith("/.default") ? resource : `${resource}/.default`;
    return {
      signRequest: async (webResource) => {
        const result = await this.client.acquireTokenByClientCredential({ scopes: [scope] });
        if (!result?.accessToken) throw new Error("Authentication: no Bot Connector token from the identity provider.");
        return new TokenCredentials(result.accessToken).signRequest(webResource);
      },
    };
  }
}

function credentialsFactory(botId: string, credentials: BotCredentials): ServiceClientCredentialsFactory {
  if ("clientApplication" in credentials) return new MsalConnectorCredentialsFactory(botId, credentials.clientApplication);
  return credentials.tenantId
    ? new PasswordServiceClientCredentialFactory(botId, credentials.clientSecret, credentials.tenantId)
    : new PasswordServiceClientCredentialFactory(botId, credentials.clientSecret);
}

async function runTurn(context: TurnContext, options: TeamsBotOptions): Promise<void> {
  const activity = context.activity;
  const reference = options.onConversation ? referenceOf(activity) : undefined;
  if (reference) await options.onConversation!(reference).catch((error: unknown) => options.onError(error, undefined));
  const turn = toTurn(activity);
  const isCardAction = activity.type === "invoke" && activity.name === "adaptiveCard/action";
  if (!turn) {
    if (activity.type === "invoke") await context.sendActivity({ type: "invokeResponse", value: { status: 501 } });
    return;
  }
  let reply: Reply;
  try {
    reply = await options.handle(turn);
  } catch (error) {
    options.onError(error, turn);
    reply = { card: failed };
  }
  if (isCardAction) {
    const body = "card" in reply ? { statusCode: 200, type: cardType, value: reply.card } : { statusCode: 200, type: "application/vnd.microsoft.activity.message", value: reply.text };
    await context.sendActivity({ type: "invokeResponse", value: { status: 200, body } });
    return;
  }
  await context.sendActivity("card" in reply ? cardActivity(reply.card) : reply.text);
}

/** Messages (typed, or an Action.Submit's value) and Action.Execute invokes become turns; other activities are not ours. */
function toTurn(activity: Activity): IncomingTurn | undefined {
  const common = {
    from: { id: activity.from?.id ?? "", aadObjectId: activity.from?.aadObjectId, name: activity.from?.name },
    conversation: { id: activity.conversation?.id ?? "", conversationType: activity.conversation?.conversationType },
    tenantId: tenantIdOf(activity),
  };
  if (activity.type === "message") return { kind: "message", text: activity.text ?? "", value: activity.value, ...common };
  if (activity.type === "invoke" && activity.name === "adaptiveCard/action") {
    const action = (activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
    const data = typeof action?.data === "object" && action.data !== null ? action.data : {};
    return { kind: "cardAction", text: "", value: { ...data, verb: action?.verb }, ...common };
  }
  return undefined;
}
