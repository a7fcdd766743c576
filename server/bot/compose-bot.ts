import { ConfidentialClientApplication } from "@azure/msal-node";
import type { Logger } from "pino";
import { createTeamsBot, createTeamsProgressSender, createTurnHandler, tabLinksFromBase, type BotAuthSettings, type BotCredentials, type TeamsBot } from "../../bot/index.js";
import {
  cacheConversations,
  coalesceProgress,
  createConversationRepository,
  createJobCardRepository,
  createProgressFanOut,
  type CoalescingNotifier,
  type ProvisioningDeps,
  type StaffStore,
  type TableClientFactory,
} from "../../service/index.js";
import type { ServerConfig } from "../config/config.js";
import { staffDirectoryFrom } from "./staff-directory.adapter.js";

/** The Teams bot and the progress notifier that posts and edits its cards. */
export interface BotServices {
  bot: TeamsBot;
  progress: CoalescingNotifier;
}

const botFramework = "https://api.botframework.com";

/** Wires the bot: devtenant's channel and connector in local mode, the public Bot Framework in cloud mode. */
export function composeBot(config: ServerConfig, log: Logger, parts: { deps: ProvisioningDeps; staff: StaffStore; tables: TableClientFactory }): BotServices {
  const tabLinks = tabLinksFromBase(config.publicBaseUrl);
  // Every job change fans out to its MSP's conversations: read the list at most once a minute per instance.
  const conversations = cacheConversations(createConversationRepository(parts.tables), { ttlMs: 60_000 });
  const msp = new Set(config.mspTenantIds);
  const bot = createTeamsBot({
    botId: config.clientId,
    ...connection(config),
    handle: createTurnHandler({ ...parts.deps, staffDirectory: staffDirectoryFrom(parts.staff), tabLinks }),
    onError: (error, turn) => log.error({ err: error, conversation: turn?.conversation.id }, "bot turn failed"),
    // Every conversation of an MSP tenant follows that MSP's customers; other tenants' chats are not kept.
    onConversation: async (conversation) => (msp.has(conversation.tenantId) ? conversations.save(conversation) : undefined),
  });
  const fanOut = createProgressFanOut({
    conversations,
    jobCards: createJobCardRepository(parts.tables),
    sender: createTeamsProgressSender(bot, tabLinks),
    onError: (error, context) => log.warn({ err: error, ...context }, "progress card not delivered"),
  });
  return { bot, progress: coalesceProgress(fanOut, { intervalMs: config.cardEditIntervalSeconds * 1000 }) };
}

function connection(config: ServerConfig): { credentials: BotCredentials; auth?: BotAuthSettings } {
  const homeTenant = config.mspTenantIds[0]!;
  if (config.mode === "cloud") return { credentials: { clientSecret: config.clientSecret, tenantId: homeTenant } };
  const host = config.authorityHost.replace(/\/+$/, "");
  const authority = `${host}/${homeTenant}`;
  const clientApplication = new ConfidentialClientApplication({
    auth: { clientId: config.clientId, clientSecret: config.clientSecret, authority, knownAuthorities: [new URL(config.authorityHost).host] },
  });
  return {
    credentials: { clientApplication },
    auth: {
      openIdMetadataUrl: `${host}/botframework/v1/.well-known/openidconfiguration`,
      tokenIssuer: botFramework,
      loginUrl: authority,
      oauthScope: botFramework,
    },
  };
}
