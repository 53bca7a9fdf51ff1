import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// `source` first: @keepwatch/client then resolves to its TypeScript sources (see its package.json
// exports), so this site builds without building the client first and never runs a stale dist.
// The other entries are Vite's defaults, which setting the option would otherwise drop.
const conditions = ['source', 'module', 'node', 'development|production'];

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  // It injects scripts in `astro dev`; the site is meant to be seen as it ships, without any.
  devToolbar: { enabled: false },
  vite: {
    resolve: { conditions },
    ssr: {
      resolve: { conditions },
      // Bundle the client and what it imports into dist/server. This package does not declare
      // graphql or graphql-ws, so left external they would resolve at run time only by accident,
      // through whatever the workspace root happens to hoist. (The client loads `ws` only for
      // subscriptions, which this site never opens.)
      noExternal: ['@keepwatch/client', '@keepwatch/domain', 'graphql', 'graphql-ws'],
    },
  },
});
