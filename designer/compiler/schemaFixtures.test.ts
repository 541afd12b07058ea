/**
 * Runs schemas/fixtures: one file per case, `{ description, schema, data, errors? }`.
 * - `schema: "service"`: `data` is a definition, validated against schemas/service.schema.json.
 * - `schema: "submission"`: `data` is a submission to the package compiled from `submissionDefinition()` below
 *   (the schemas folder imports no designer code, so the package is built here).
 * Valid cases must pass; invalid cases must fail with at least the listed `{ instancePath, keyword }` errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import serviceSchema from '../../schemas/service.schema.json' with { type: 'json' };
import { compile } from './compile.ts';
import { strictAjv } from './testing/ajv.ts';
import { definition, edge, end, field, material, start, step } from './testing/builders.ts';

interface SchemaFixture {
  description: string;
  schema: 'service' | 'submission';
  data: unknown;
  errors?: { instancePath: string; keyword: string }[];
}

/** The definition behind the `submission` fixtures: one material per way of satisfying a material. */
function submissionDefinition() {
  return definition(
    [
      start(),
      step('applicant', [field('name', 'text', { required: true })]),
      material('photo', { ways: ['upload'], upload: { accept: ['image/jpeg', 'image/png'], maxSizeMB: 1, maxFiles: 2 } }),
      material('idCard', { ways: ['eLicence', 'paper'], eLicence: { catalogCode: 'CN-ID-CARD' } }),
      material('hukou', { ways: ['sharedData', 'paper'] }),
      material('lease', { ways: ['upload', 'paper'], necessity: 'deferrable', deferral: { workingDays: 10 } }),
      material('promise', { ways: ['commitment'], commitment: { text: { 'zh-CN': '本人承诺所填信息真实。' } } }),
      material('form', { ways: ['paper'], category: 'form', source: 'office' }),
      end('done'),
    ],
    [
      edge('start', 'applicant'),
      edge('applicant', 'photo'),
      edge('photo', 'idCard'),
      edge('idCard', 'hukou'),
      edge('hukou', 'lease'),
      edge('lease', 'promise'),
      edge('promise', 'form'),
      edge('form', 'done'),
    ],
  );
}

const root = new URL('../../schemas/fixtures/', import.meta.url);
function load(kind: 'valid' | 'invalid'): [string, SchemaFixture][] {
  const dir = new URL(`${kind}/`, root);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as SchemaFixture]);
}

const validators: Record<SchemaFixture['schema'], () => ValidateFunction> = {
  service: () => new Ajv2020({ strict: true, discriminator: true, allErrors: true }).compile(serviceSchema),
  submission: () => {
    const result = compile(submissionDefinition());
    expect(result.diagnostics).toEqual([]);
    return strictAjv().compile(result.package!.schema);
  },
};
const cache = new Map<string, ValidateFunction>();
const validatorFor = (schema: SchemaFixture['schema']): ValidateFunction => {
  if (!cache.has(schema)) cache.set(schema, validators[schema]());
  return cache.get(schema)!;
};
const brief = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, keyword }) => ({ instancePath, keyword }));

describe('schema fixtures', () => {
  const valid = load('valid');
  const invalid = load('invalid');

  it('covers both schemas with valid and invalid cases', () => {
    for (const schema of ['service', 'submission'] as const) {
      expect(valid.some(([, f]) => f.schema === schema)).toBe(true);
      expect(invalid.some(([, f]) => f.schema === schema)).toBe(true);
    }
  });

  it('has a valid submission fixture for every material variant', () => {
    const types = new Set(
      valid.flatMap(([, f]) => (f.schema === 'submission' ? Object.values((f.data as { materials: Record<string, { type: string }> }).materials).map((m) => m.type) : [])),
    );
    expect([...types].sort()).toEqual(['commitment', 'deferred', 'eLicence', 'paper', 'sharedData', 'upload']);
  });

  it.each(valid)('accepts valid/%s', (_file, fixture) => {
    expect(fixture.description).not.toBe('');
    const validate = validatorFor(fixture.schema);
    const ok = validate(fixture.data);
    expect(brief(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(invalid)('rejects invalid/%s with the listed errors', (_file, fixture) => {
    expect(fixture.description).not.toBe('');
    expect(fixture.errors?.length ?? 0).toBeGreaterThan(0);
    const validate = validatorFor(fixture.schema);
    expect(validate(fixture.data)).toBe(false);
    const actual = brief(validate.errors);
    for (const error of fixture.errors!) expect(actual).toContainEqual(error);
  });
});
