import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { AdminError } from '../http/admin-error.js';
import type { Route } from '../http/route.js';

const require = createRequire(import.meta.url);

/** Browser bundles the channel page uses, served from node_modules (no CDN). */
const ASSETS: Record<string, { module: string; type: string }> = {
  'adaptivecards.min.js': { module: 'adaptivecards/dist/adaptivecards.min.js', type: 'text/javascript; charset=utf-8' },
  'adaptivecards.css': { module: 'adaptivecards/dist/adaptivecards.css', type: 'text/css; charset=utf-8' },
  // markdown-it's "./browser" export resolves to its UMD bundle under `require`.
  'markdown-it.min.js': { module: 'markdown-it/browser', type: 'text/javascript; charset=utf-8' },
};

const cache = new Map<string, Promise<string>>();

/** `GET /_devtenant/assets/{file}`: one of the whitelisted bundles, cached in memory. */
export const assetsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/_devtenant/assets/:file',
    style: 'admin',
    handle: async ({ params }) => {
      const name = params.file ?? '';
      const asset = ASSETS[name];
      if (!asset) throw new AdminError(404, 'DEVTENANT.ASSET_NOT_FOUND', `No asset '${name}'.`);
      let text = cache.get(name);
      if (!text) {
        text = readFile(require.resolve(asset.module), 'utf8');
        cache.set(name, text);
        text.catch(() => cache.delete(name));
      }
      return { status: 200, headers: { 'content-type': asset.type, 'cache-control': 'max-age=3600' }, body: await text };
    },
  },
];
