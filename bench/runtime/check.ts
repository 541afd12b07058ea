/**
 * Preflight of the benchmark (run.js loads it through Vite's runnerImport): the hand-built forms of generate.ts
 * must be what the real toolchain produces.
 * - The compiler, given a definition whose one step holds benchFields(n), emits exactly benchStepSchema(n)
 *   (without the title annotations) for that step.
 * - benchPackage(n) is valid against schemas/package.schema.json.
 * Returns a list of problems (empty when all is well).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { isDeepStrictEqual } from 'node:util';
import { packageSchema, serviceSchema } from '../../schemas/index.ts';
import type { ServiceDefinition } from '../../schemas/index.ts';
import { compile } from '../../designer/compiler/index.ts';
import { baseMeta } from '../../designer/compiler/testing/builders.ts';
import { benchFields, benchPackage, benchStepSchema, STEP_KEY } from './generate.ts';

export function checkGenerator(n: number): string[] {
  const problems: string[] = [];
  const at = { x: 0, y: 0 };
  const definition: ServiceDefinition = {
    formatVersion: 1,
    id: 'bench-check',
    version: '1.0.0',
    meta: baseMeta,
    flow: {
      nodes: [
        { id: 'start', kind: 'start', position: at },
        { id: 'n_form', kind: 'step', key: STEP_KEY, position: at, title: { 'zh-CN': '表单', en: 'Form' }, fields: benchFields(n) },
        { id: 'n_end', kind: 'end', position: at, outcome: 'submit' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'n_form' },
        { id: 'e2', source: 'n_form', target: 'n_end' },
      ],
    },
  };
  const { package: compiled, diagnostics } = compile(definition);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) problems.push(`the compiler reports errors: ${errors.map((d) => d.code).join(', ')}`);
  const emitted = (compiled?.schema as { properties?: Record<string, unknown> } | undefined)?.properties?.[STEP_KEY];
  if (!isDeepStrictEqual(emitted, benchStepSchema(n, { titles: false }))) {
    problems.push(`the compiler's step schema differs from benchStepSchema(${n}):\n${JSON.stringify(emitted).slice(0, 400)}`);
  }
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(serviceSchema as object);
  const validatePackage = ajv.compile(packageSchema as object);
  if (!validatePackage(benchPackage(n))) {
    problems.push(`benchPackage(${n}) is not a valid package: ${ajv.errorsText(validatePackage.errors)}`);
  }
  return problems;
}
