import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC instead of esbuild: type-graphql and TypeORM need emitted decorator metadata.
// The `source` condition makes workspace packages resolve to their TypeScript sources.
const conditions = ['source', 'node', 'development|production'];

export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
        },
        target: 'es2023',
      },
    }),
  ],
  resolve: {
    conditions,
    // graphql ships CJS and .mjs copies; Node (and so Apollo and type-graphql) loads the CJS one,
    // and a second copy would break `instanceof GraphQLError` and schema identity checks.
    alias: { graphql: 'graphql/index.js' },
  },
  ssr: { resolve: { conditions, externalConditions: ['source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'api/src/**/*.test.ts',
      'test/**/*.test.ts',
      'status-site/src/**/*.test.ts',
    ],
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/reflect-metadata.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
