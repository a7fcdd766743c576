import type { Route } from '../http/route.js';
import { driveRoutes } from './drive.route.js';
import { siteItemRoutes } from './site-item.route.js';
import { sitesRoutes } from './sites.route.js';

/** SharePoint and OneDrive in Graph: site enumeration, one site, a user's OneDrive. */
export const sharePointRoutes: Route[] = [...sitesRoutes, ...siteItemRoutes, ...driveRoutes];
