/**
 * Golden compiled packages: each example compiles to exactly the committed <id>.package.json, byte for byte.
 * After an intended compiler change: UPDATE_GOLDEN=1 npx vitest run examples/golden.test.ts, then review the diff.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile } from '../designer/compiler/index.ts';
import type { ServiceDefinition } from '../schemas/index.ts';

const examplesDir = fileURLToPath(new URL('.', import.meta.url));
const items = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, `${entry.name}.service.json`)))
  .map((entry) => entry.name);

/** The bytes `banshi compile` writes: two-space JSON and a final newline. */
export function packageBytes(definition: ServiceDefinition): string {
  const result = compile(definition);
  if (!result.package) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return `${JSON.stringify(result.package, null, 2)}\n`;
}

describe('golden packages', () => {
  it('has the five Guangdong examples', () => {
    expect(items.length).toBeGreaterThanOrEqual(5);
  });
  for (const id of items) {
    it(`${id} compiles to its golden package byte for byte`, () => {
      const definition = JSON.parse(readFileSync(join(examplesDir, id, `${id}.service.json`), 'utf8')) as ServiceDefinition;
      const goldenPath = join(examplesDir, id, `${id}.package.json`);
      const bytes = packageBytes(definition);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, bytes);
      expect(bytes).toBe(readFileSync(goldenPath, 'utf8'));
    });
  }
});
