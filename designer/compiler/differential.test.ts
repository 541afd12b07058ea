/**
 * Differential test: the compiled schema means the same in two independent JSON Schema 2020-12 validators
 * (ajv and @cfworker/json-schema), with Banshi's identifier formats registered in both.
 */
import fc from 'fast-check';
import { format as cfworkerFormats, Validator } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import { banshiFormats } from '../../schemas/formats/index.ts';
import type { ServiceDefinition } from '../../schemas/index.ts';
import { compile } from './compile.ts';
import { submissionFor } from './testing/submission.ts';
import { strictAjv } from './testing/ajv.ts';
import { arbitraryAnswers, arbitraryDefinition, validMaterialValue } from './testing/generate.ts';
import { definition, edge, end, field, start, step } from './testing/builders.ts';

for (const [name, check] of Object.entries(banshiFormats)) cfworkerFormats[name] = check;

type Data = Record<string, unknown>;
type Mutation = (definition: ServiceDefinition, data: Data) => Data;

const BAD_CHECKSUM_ID = '36042619910102009X';

/** One-step mutations; each makes most submissions invalid, so both verdicts are exercised near the boundary. */
const mutations: Mutation[] = [
  (_d, data) => data,
  (_d, data) => {
    const keys = Object.keys(data);
    if (keys.length === 0) return data;
    const { [keys[keys.length - 1]!]: _gone, ...rest } = data;
    return rest;
  },
  (d, data) => {
    const unreached = d.flow.nodes.find((n) => n.kind === 'situation' && !(n.key in data));
    return unreached && unreached.kind === 'situation' ? { ...data, [unreached.key]: unreached.options?.[0]?.value ?? 3 } : data;
  },
  (d, data) => {
    const stepNode = d.flow.nodes.find((n) => n.kind === 'step' && n.key in data);
    if (!stepNode || stepNode.kind !== 'step') return { ...data, stray: BAD_CHECKSUM_ID };
    return { ...data, [stepNode.key]: { ...(data[stepNode.key] as Data), [stepNode.fields[0]!.key]: BAD_CHECKSUM_ID } };
  },
  (d, data) => {
    const situation = d.flow.nodes.find((n) => n.kind === 'situation' && n.key in data);
    return situation && situation.kind === 'situation' ? { ...data, [situation.key]: 'not-an-option' } : data;
  },
  (_d, data) => ({ ...data, toString: 'inherited names are not answers' }),
  (d, data) => {
    const material = d.flow.nodes.find((n) => n.kind === 'material' && n.key in ((data.materials as Data) ?? {}));
    if (!material || material.kind !== 'material') return data;
    return { ...data, materials: { ...(data.materials as Data), [material.key]: { type: 'upload', files: [{ id: 'x', name: 'a.pdf', size: 999999999, mediaType: 'application/pdf' }] } } };
  },
  (d, data) => {
    const material = d.flow.nodes.find((n) => n.kind === 'material' && !(n.key in ((data.materials as Data) ?? {})));
    if (!material || material.kind !== 'material') return data;
    return { ...data, materials: { ...(data.materials as Data), [material.key]: validMaterialValue(material) } };
  },
];

function verdicts(schema: object, data: unknown): [boolean, boolean] {
  const ajvVerdict = strictAjv().compile(schema)(data) as boolean;
  const cfVerdict = new Validator(schema as never, '2020-12', false).validate(data).valid;
  return [ajvVerdict, cfVerdict];
}

describe('ajv and @cfworker/json-schema agree on compiled schemas', () => {
  it('give the same verdict on generated submissions near the valid boundary', { timeout: 120_000 }, () => {
    const seen = { valid: 0, invalid: 0 };
    const cases = arbitraryDefinition.chain((def) =>
      fc.tuple(fc.constant(def), arbitraryAnswers(def), fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.nat(mutations.length - 1))),
    );
    fc.assert(
      fc.property(cases, ([def, answers, mutationIndex]) => {
        const schema = compile(def).package!.schema;
        const data = mutations[mutationIndex]!(def, submissionFor(def, answers).data);
        const [a, b] = verdicts(schema, data);
        expect(b).toBe(a);
        seen[a ? 'valid' : 'invalid'] += 1;
      }),
      { seed: 20261129, numRuns: 300 },
    );
    // The test is only meaningful if both verdicts occur, with valid submissions well represented.
    expect(seen.invalid).toBeGreaterThan(0);
    expect(seen.valid / (seen.valid + seen.invalid)).toBeGreaterThanOrEqual(0.3);
  });

  it('both reject a 居民身份证 number with a bad check character, and accept a good one', () => {
    const def = definition(
      [start(), step('applicant', [field('idNumber', 'id-card-cn', { required: true })]), end('done')],
      [edge('start', 'applicant'), edge('applicant', 'done')],
    );
    const schema = compile(def).package!.schema;
    expect(verdicts(schema, { applicant: { idNumber: BAD_CHECKSUM_ID } })).toEqual([false, false]);
    expect(verdicts(schema, { applicant: { idNumber: '11010519491231002X' } })).toEqual([true, true]);
    expect(verdicts(schema, { applicant: { idNumber: '440106199002301234' } })).toEqual([false, false]);
  });
});
