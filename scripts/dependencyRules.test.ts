// Proves that the dependency direction of ARCHITECTURE.md is a check that fails, using the real
// eslint.config.js. lintText with a filePath lints the code as if it lived there, so no file is written.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

async function lint(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.map((message) => ({ rule: message.ruleId, line: message.line, text: message.message }));
}

describe('dependency rules (eslint.config.js)', () => {
  it('reject an engine file that imports React', async () => {
    const messages = await lint("import { useState } from 'react';\nexport const hook = useState;\n", 'runtime/engine/__bad__.ts');
    expect(messages).toEqual([expect.objectContaining({ rule: 'no-restricted-imports', line: 1 })]);
  });

  it('reject an engine file that imports the compiler by a relative path', async () => {
    const messages = await lint(
      "import { compile } from '../../designer/compiler/index.ts';\nexport const run = compile;\n",
      'runtime/engine/__bad__.ts',
    );
    expect(messages).toEqual([expect.objectContaining({ rule: 'no-restricted-imports', line: 1 })]);
    expect(messages[0]?.text).toContain('designer');
  });

  it('reject an engine file that reads window.location', async () => {
    const messages = await lint('export const here = () => window.location.href;\n', 'runtime/engine/__bad__.ts');
    expect(messages).toEqual([expect.objectContaining({ rule: 'no-restricted-globals', line: 1 })]);
  });

  it('reject runtime/react code that imports designer code', async () => {
    const messages = await lint(
      "import { lint } from '../../designer/compiler/lint.ts';\nexport const check = lint;\n",
      'runtime/react/__bad__.tsx',
    );
    expect(messages).toEqual([expect.objectContaining({ rule: 'no-restricted-imports', line: 1 })]);
  });

  it('reject compiler and model code that imports @xyflow or uses document', async () => {
    const xyflow = await lint("import { ReactFlow } from '@xyflow/react';\nexport const c = ReactFlow;\n", 'designer/compiler/__bad__.ts');
    const dom = await lint('export const title = () => document.title;\n', 'designer/model/__bad__.ts');
    expect(xyflow.map((m) => m.rule)).toEqual(['no-restricted-imports']);
    expect(dom.map((m) => m.rule)).toEqual(['no-restricted-globals']);
  });

  it('reject schemas code that imports the runtime', async () => {
    const messages = await lint("import { x } from '../runtime/engine/index.ts';\nexport const y = x;\n", 'schemas/__bad__.ts');
    expect(messages.map((m) => m.rule)).toEqual(['no-restricted-imports']);
  });

  it('let core tests import node: modules but not React', async () => {
    const node = await lint("import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n", 'runtime/engine/__bad__.test.ts');
    const react = await lint("import { useState } from 'react';\nexport const hook = useState;\n", 'runtime/engine/__bad__.test.ts');
    expect(node).toEqual([]);
    expect(react.map((m) => m.rule)).toEqual(['no-restricted-imports']);
  });

  it('accept a clean engine file that imports only schemas', async () => {
    const messages = await lint(
      "import type { ServiceDefinition } from '../../schemas/service.types.ts';\n\nexport function itemId(definition: ServiceDefinition): string {\n  return definition.id;\n}\n",
      'runtime/engine/__clean__.ts',
    );
    expect(messages).toEqual([]);
  });
});
