/**
 * Property tests over generated definitions (fixed seed, so CI is repeatable; a failing seed becomes a
 * regression case below). The compiled schema must agree with a literal walk of the flow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { packageSchema, serviceSchema } from '../../schemas/index.ts';
import type { FlowNode1, ServiceDefinition } from '../../schemas/index.ts';
import { compile } from './compile.ts';
import { strictAjv } from './testing/ajv.ts';
import { arbitraryAnswers, arbitraryDefinition, diamondChain, validMaterialValue } from './testing/generate.ts';
import { submissionFor } from './testing/submission.ts';

const SEED = 20261129;

const withAnswers = arbitraryDefinition.chain((definition) =>
  arbitraryAnswers(definition).map((answers) => ({ definition, answers })),
);

describe('compiler properties', () => {
  it('compiles every generated definition without throwing, and the package matches package.schema.json', () => {
    const ajv = new Ajv2020({ strict: true, discriminator: true, allErrors: true });
    ajv.addSchema(serviceSchema);
    const validatePackage = ajv.compile(packageSchema);
    fc.assert(
      fc.property(arbitraryDefinition, (definition) => {
        const result = compile(definition);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(errors).toEqual([]);
        expect(validatePackage(result.package)).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('compiles every generated schema under ajv strict mode', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(arbitraryDefinition, (definition) => {
        expect(() => strictAjv().compile(compile(definition).package!.schema)).not.toThrow();
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('requires exactly the nodes a literal walk reaches, and forbids data of the others', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(withAnswers, ({ definition, answers }) => {
        const validate = strictAjv().compile(compile(definition).package!.schema);
        const { data, reached, eligible } = submissionFor(definition, answers);
        // given the submission built from the walk, it is valid exactly when no exit end was reached
        expect(validate(data)).toBe(eligible);
        if (!eligible) return;
        for (const node of definition.flow.nodes) {
          const stale = staleData(node);
          if (!stale) continue;
          if (reached.has(node.id)) {
            // when a required piece of a reached node is removed, the submission is invalid
            const without = removeRequired(data, node);
            if (without) expect(validate(without)).toBe(false);
          } else {
            // when data for a node the walk did not reach is added, the submission is invalid
            expect(validate(addData(data, node, stale))).toBe(false);
          }
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('keeps schema size and validation work linear in a chain of diamonds', () => {
    const sizes: number[] = [];
    const work: number[] = [];
    for (const k of [5, 10, 20, 30]) {
      const definition = diamondChain(k);
      const schema = compile(definition).package!.schema as Record<string, unknown>;
      sizes.push(JSON.stringify(schema).length);
      work.push(countDefEvaluations(schema, submissionFor(definition, allFirstOptions(definition)).data));
    }
    // A linear schema grows by a constant per diamond; 2^k growth would make the 30-chain astronomically larger.
    const perDiamond = (sizes[3]! - sizes[0]!) / 25;
    expect(Math.abs((sizes[2]! - sizes[1]!) / 10 - perDiamond)).toBeLessThan(perDiamond * 0.1);
    expect(work[3]! / work[0]!).toBeLessThan(30 / 5 + 1);
    expect(work[3]! - work[2]!).toBeLessThanOrEqual((work[2]! - work[1]!) * 1.1 + 2);
  });
});

function allFirstOptions(definition: ServiceDefinition): Record<string, unknown> {
  return Object.fromEntries(
    definition.flow.nodes.flatMap((n) => (n.kind === 'situation' ? [[n.key, n.options?.[0]?.value ?? true]] : [])),
  );
}

/**
 * Counts how often any `$defs` entry is evaluated during one validation, by tagging every definition with a
 * counting keyword: deterministic work, not time.
 */
function countDefEvaluations(schema: Record<string, unknown>, data: unknown): number {
  let count = 0;
  const ajv = strictAjv();
  ajv.addKeyword({ keyword: 'x-count', schemaType: 'boolean', validate: () => ((count += 1), true) });
  const defs = schema.$defs as Record<string, Record<string, unknown>>;
  const tagged = { ...schema, $defs: Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, { ...v, 'x-count': true }])) };
  const validate = ajv.compile(tagged);
  count = 0;
  validate(data);
  return count;
}

function staleData(node: FlowNode1): unknown {
  if (node.kind === 'situation') return node.options?.[0]?.value ?? 1;
  if (node.kind === 'step') return {};
  if (node.kind === 'material') return validMaterialValue(node);
  return undefined;
}

function addData(data: Record<string, unknown>, node: FlowNode1, value: unknown): Record<string, unknown> {
  if (node.kind === 'material') {
    return { ...data, materials: { ...(data.materials as object | undefined), [node.key]: value } };
  }
  return { ...data, [(node as { key: string }).key]: value };
}

function removeRequired(data: Record<string, unknown>, node: FlowNode1): Record<string, unknown> | undefined {
  if (node.kind === 'situation') {
    const { [node.key]: _removed, ...rest } = data;
    return rest;
  }
  if (node.kind === 'step') {
    if (!node.fields.some((f) => f.required)) return undefined;
    const { [node.key]: _removed, ...rest } = data;
    return rest;
  }
  if (node.kind === 'material' && node.necessity !== 'optional') {
    const { [node.key]: _removed, ...materials } = data.materials as Record<string, unknown>;
    return { ...data, materials };
  }
  return undefined;
}
