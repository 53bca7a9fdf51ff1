import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.tools/**',
      '.data/**',
      '**/.astro/**',
      'packages/client/src/generated/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Tenant isolation, wall one: outside api/src/db/ data is reached only through a tenant
    // transaction, never through the raw data source, an unscoped repository or a pg client.
    // Tests may: they inspect and tamper with the database on purpose.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/db/**', 'api/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              importNames: [
                'DataSource',
                'EntityManager',
                'Repository',
                'QueryRunner',
                'getRepository',
              ],
              message: 'Reach data through Database.transaction and TenantTx (api/src/db/).',
            },
            { name: 'pg', message: 'Reach data through Database.transaction (api/src/db/).' },
          ],
        },
      ],
    },
  },
);
