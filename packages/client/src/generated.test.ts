import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { generatedDir } from '../codegen.js';

const HINT = 'run `pnpm schema` and commit the result';

describe('generated client code', () => {
  it('matches api/schema.graphql and src/operations (no drift)', async () => {
    // `generate` is typed `any` because of watch mode; without it, it returns the files.
    const outputs: { filename: string; content: string }[] = await generate(config, false);
    const expected = new Map(outputs.map((o) => [path.resolve(o.filename), o.content]));
    const committed = (await readdir(generatedDir)).map((name) => path.join(generatedDir, name));

    expect(committed.sort(), `generated files differ: ${HINT}`).toEqual(
      [...expected.keys()].sort(),
    );
    for (const [file, content] of expected) {
      const onDisk = await readFile(file, 'utf8');
      expect(onDisk, `${path.relative(process.cwd(), file)} is stale: ${HINT}`).toBe(content);
    }
  });
});
