import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// `source` first: workspace packages (@keepwatch/client, @keepwatch/domain) then resolve to their
// TypeScript sources (see their package.json exports), so this site builds without building them
// first and never bundles a stale dist. The other entries are Vite's defaults, which setting the
// option would otherwise drop. Astro builds in three environments (client, ssr and prerender);
// each needs the conditions.
const resolve = { conditions: ['source', 'module', 'node', 'development|production'] };

export default defineConfig({
  output: 'server',
  // Middleware mode: server.mjs is the server, and serves kept renderings before Astro runs.
  adapter: node({ mode: 'middleware' }),
  // It injects scripts in `astro dev`; the site is meant to be seen as it ships, without any.
  devToolbar: { enabled: false },
  vite: {
    resolve,
    environments: { ssr: { resolve }, prerender: { resolve } },
    ssr: {
      // Bundle the workspace packages and the GraphQL libraries into dist/server, so the built
      // site runs from its own folder.
      noExternal: ['@keepwatch/client', '@keepwatch/domain', 'graphql', 'graphql-ws'],
    },
  },
});
