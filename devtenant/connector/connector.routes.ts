import type { Route } from '../http/route.js';
import { activitiesRoutes } from './activities.route.js';
import { assetsRoutes } from './assets.route.js';
import { channelAdminRoutes } from './channel-admin.route.js';
import { channelDriverRoutes } from './channel-driver.route.js';
import { channelIdentityRoutes } from './channel-identity.route.js';
import { channelPageRoutes } from './channel-page.route.js';
import { conversationsRoutes } from './conversations.route.js';

/** The Bot Framework side: the channel's identity, the Bot Connector, the channel driver and its pages. */
export const connectorRoutes: Route[] = [
  ...channelIdentityRoutes,
  ...conversationsRoutes,
  ...activitiesRoutes,
  ...channelDriverRoutes,
  ...channelAdminRoutes,
  ...channelPageRoutes,
  ...assetsRoutes,
];
