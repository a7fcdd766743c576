import type { ProvisioningDeps } from "../../service/index.js";
import type { TabLinks } from "../cards/tab-links.js";
import type { StaffDirectory } from "../identity/staff-directory.port.js";

/** What the bot needs from the server: the service's use-case dependencies, who staff are, and where the tab lives. */
export interface BotDeps extends ProvisioningDeps {
  staffDirectory: StaffDirectory;
  tabLinks: TabLinks;
}

/** Per-request extras: a customer already picked on a card skips name matching. */
export interface HandlerOptions {
  customerId?: string;
}
