import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const source = `import { DataSource } from 'typeorm';\nexport const s = DataSource;\n`;

describe('the data-access boundary lint rule', () => {
  it('forbids the raw data source outside api/src/db/', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(source, {
      filePath: `${root}api/src/modules/x/x.service.ts`,
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });

  it('allows it inside api/src/db/', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(source, { filePath: `${root}api/src/db/x.ts` });
    expect(result?.messages.map((m) => m.ruleId)).not.toContain('no-restricted-imports');
  });
});
