import type { StaffAction } from "../../service/index.js";
import type { CommandKind } from "./command.js";

/** What the bot knows about a command: how to type it, what it does, who may, and whether chat can do it yet. */
export interface CommandInfo {
  usage: string;
  description: string;
  /** The role check it needs (viewers may only `view`). */
  action: StaffAction;
  /** False while the use case exists only behind the tab; flipping it is the whole switch-over. */
  availableInChat: boolean;
  /** The tab's button that does the same, named in the reply while chat cannot. */
  tabButton?: string;
  /** The tab page that button is on. */
  tabPage?: "mailboxes" | "sharepoint";
}

/** The one table of chat commands, in the order help lists them. */
export const commandTable: Readonly<Record<CommandKind, CommandInfo>> = {
  help: { usage: "help", description: "Show what I can do.", action: "view", availableInChat: true },
  customers: { usage: "customers", description: "List your customers and where each is up to.", action: "view", availableInChat: true },
  status: { usage: "status <customer>", description: "Show a customer's tenant, connection and next step.", action: "view", availableInChat: true },
  enable: {
    usage: "enable <customer> all | <user>",
    description: "Enable backup for All users, or one user by email.",
    action: "enableUsers",
    availableInChat: true,
    tabButton: "Enable",
    tabPage: "mailboxes",
  },
  auto: {
    usage: "auto on | off <customer>",
    description: "Turn Enable Auto on or off (new users enabled at 8 pm Sydney time).",
    action: "enableUsers",
    availableInChat: true,
    tabButton: "Enable Auto",
    tabPage: "mailboxes",
  },
  provision: {
    usage: "provision <customer>",
    description: "Provision SharePoint / OneDrive backup (reports to your email).",
    action: "provisionSites",
    availableInChat: true,
    tabButton: "Provision",
    tabPage: "sharepoint",
  },
};

/** The command kinds in table order. */
export const commandKinds = Object.keys(commandTable) as CommandKind[];
