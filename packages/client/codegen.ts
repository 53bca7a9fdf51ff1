import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Absolute paths so the drift test (run from the repository root) and `pnpm codegen` (run from
// this folder) produce the same files.
const here = path.dirname(fileURLToPath(import.meta.url));

export const generatedDir = path.join(here, 'src/generated');

const config: CodegenConfig = {
  schema: path.join(here, '../../api/schema.graphql'),
  documents: path.join(here, 'src/operations/*.graphql'),
  // NodeNext needs the `.js` extension on the generated relative imports.
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: false,
  generates: {
    [`${generatedDir}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Custom scalars travel as JSON: DateTimeISO is an ISO 8601 string at UTC.
        scalars: { DateTimeISO: 'string', JSON: 'unknown' },
        strictScalars: true,
      },
    },
  },
};

export default config;
