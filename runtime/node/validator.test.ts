// The Node API on a hand-written package (runtime/** never imports the compiler): the package below has the
// shape the compiler emits — shapes, one reachability class with if/then/else, eligible and complete checks.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { ServicePackage } from '../../schemas/index.ts';
import { banshiFormats, createValidator, materialsFor, registerBanshiFormats, validateSubmission } from './index.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const reachProof = { type: 'object', required: ['hasProof'], properties: { hasProof: { const: true } } };

const pkg = {
  packageFormat: 1,
  id: 'hand-made',
  version: '1.0.0',
  hash: 'sha256:hand-made-test-package',
  compiler: { name: 'banshi', version: 'test' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:banshi:hand-made:1.0.0',
    type: 'object',
    properties: {
      hasProof: { type: 'boolean' },
      company: {
        type: 'object',
        required: ['uscc'],
        properties: { uscc: { type: 'string', pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', format: 'cn-uscc' } },
        additionalProperties: false,
      },
      materials: {
        type: 'object',
        properties: {
          proof: {
            type: 'object',
            required: ['type'],
            properties: { type: { enum: ['paper'] } },
            allOf: [{ if: { type: 'object', required: ['type'], properties: { type: { const: 'paper' } } }, then: { $ref: '#/$defs/material-paper' } }],
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    allOf: [
      { $ref: '#/$defs/eligible' },
      { $ref: '#/$defs/complete' },
      { type: 'object', required: ['hasProof', 'company'], properties: { hasProof: {}, company: {} } },
      {
        if: { $ref: '#/$defs/reach-proof' },
        then: { type: 'object', required: ['materials'], properties: { materials: { type: 'object', required: ['proof'], properties: { proof: {} } } } },
        else: { type: 'object', properties: { materials: { type: 'object', properties: { proof: false } } } },
      },
    ],
    $defs: {
      'reach-proof': reachProof,
      'reach-stop': { type: 'object', required: ['hasProof'], properties: { hasProof: { const: false } } },
      'reach-done': {},
      eligible: { not: { $ref: '#/$defs/reach-stop' } },
      complete: { $ref: '#/$defs/reach-done' },
      'material-paper': { type: 'object', required: ['type'], additionalProperties: false, properties: { type: { const: 'paper' } } },
    },
  },
  flow: {
    nodes: [
      { id: 'hasProof', kind: 'situation', key: 'hasProof', reach: { all: [] }, field: { id: 'hasProof', key: 'hasProof', type: 'yes-no', label: text('是否有证明', 'Has proof'), required: true } },
      { id: 'company', kind: 'step', key: 'company', reach: { all: [] }, title: text('企业', 'Company'), fields: [{ id: 'uscc', key: 'uscc', type: 'uscc-cn', label: text('统一社会信用代码', 'Credit code'), required: true }] },
      { id: 'proof', kind: 'material', key: 'proof', reach: { field: 'hasProof', op: 'equals', value: true } },
      { id: 'stop', kind: 'end', outcome: 'exit', reach: { field: 'hasProof', op: 'equals', value: false }, reason: text('没有证明不能申请', 'No proof, no application') },
      { id: 'done', kind: 'end', outcome: 'submit', reach: { all: [] } },
    ],
    fields: {},
  },
  materials: [
    { key: 'proof', nodeId: 'proof', reach: { field: 'hasProof', op: 'equals', value: true }, reachSchema: '#/$defs/reach-proof', name: text('证明', 'Proof'), category: 'other', form: 'original', necessity: 'required', ways: ['paper'], accepts: ['paper'], source: 'applicant' },
  ],
  guide: {},
} as unknown as ServicePackage;

const validUscc = '91350100M000100Y43';

describe('validateSubmission', () => {
  it('accepts a valid submission', () => {
    expect(validateSubmission(pkg, { hasProof: true, company: { uscc: validUscc }, materials: { proof: { type: 'paper' } } }).valid).toBe(true);
  });

  it('maps a bad credit code to format with the field label, in zh-CN by default and en on request', () => {
    const data = { hasProof: true, company: { uscc: '91350100M000100Y44' }, materials: { proof: { type: 'paper' } } };
    expect(validateSubmission(pkg, data).errors).toEqual([{ code: 'format', path: '/company/uscc', message: '“统一社会信用代码”不是有效的统一社会信用代码（校验位不正确）。' }]);
    expect(validateSubmission(pkg, data, { locale: 'en' }).errors[0]!.message).toBe('"Credit code" is not a valid unified social credit code (check character is wrong).');
  });

  it('reports not-eligible with the exit reason and no ajv noise', () => {
    const result = validateSubmission(pkg, { hasProof: false, company: { uscc: validUscc } }, { locale: 'en' });
    expect(result.errors).toEqual([{ code: 'not-eligible', path: '', message: 'The answers show the application is not eligible: No proof, no application' }]);
  });

  it('reports material-way and not-allowed for materials', () => {
    const way = validateSubmission(pkg, { hasProof: true, company: { uscc: validUscc }, materials: { proof: { type: 'upload' } } });
    expect(way.errors.map((e) => [e.code, e.path])).toEqual([['material-way', '/materials/proof']]);
    const stale = validateSubmission(pkg, { hasProof: false, company: { uscc: validUscc }, materials: { proof: { type: 'paper' } } });
    expect(stale.errors.map((e) => [e.code, e.path])).toContainEqual(['not-allowed', '/materials/proof']);
  });

  it('does not count inherited properties as present (ownProperties)', () => {
    const data = Object.assign(Object.create({ hasProof: true }) as object, { company: { uscc: validUscc } });
    expect(validateSubmission(pkg, data).errors.map((e) => [e.code, e.path])).toContainEqual(['required', '/hasProof']);
    expect(validateSubmission(pkg, { hasProof: true, company: { uscc: validUscc, toString: 'x' }, materials: { proof: { type: 'paper' } } }).errors.map((e) => [e.code, e.path]))
      .toEqual([['not-allowed', '/company/toString']]);
  });

  it('reports incomplete when no submit end is reached', () => {
    const incomplete = structuredClone(pkg) as unknown as { hash: string; schema: { $defs: Record<string, unknown> } };
    incomplete.hash = 'sha256:hand-made-incomplete';
    incomplete.schema.$defs['reach-done'] = reachProof;
    const result = validateSubmission(incomplete as unknown as ServicePackage, { company: { uscc: validUscc } });
    expect(result.errors.map((e) => e.code)).toEqual(['required', 'incomplete']);
  });

  it('resolves a hand-made definition that refers into the root allOf against the whole schema, as ajv does', () => {
    // The compiler only writes refs into $defs; a hand-made package whose `complete` points at `#/allOf/2` (the
    // required answers) must still mean what it says in any validator: incomplete without them.
    const handMade = structuredClone(pkg) as unknown as { hash: string; schema: { $defs: Record<string, unknown> } };
    handMade.hash = 'sha256:hand-made-root-ref';
    handMade.schema.$defs.complete = { $ref: '#/allOf/2' };
    const result = validateSubmission(handMade as unknown as ServicePackage, { hasProof: true, materials: { proof: { type: 'paper' } } });
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([['required', '/company'], ['incomplete', '']]);
    expect(validateSubmission(handMade as unknown as ServicePackage, { hasProof: true, company: { uscc: validUscc }, materials: { proof: { type: 'paper' } } }).valid).toBe(true);
  });
});

describe('materialsFor and createValidator', () => {
  it('lists the materials that apply', () => {
    expect(materialsFor(pkg, { hasProof: true }).map((m) => m.key)).toEqual(['proof']);
    expect(materialsFor(pkg, { hasProof: false }).map((m) => m.key)).toEqual([]);
    expect(createValidator(pkg).materialsFor(Object.create({ hasProof: true })).map((m) => m.key)).toEqual([]);
  });
});

describe('formats for teams with their own validator', () => {
  it('registers the Banshi formats in a strict ajv', () => {
    const ajv = registerBanshiFormats(new Ajv2020({ strict: true }));
    const validate = ajv.compile({ type: 'string', format: 'cn-uscc' });
    expect(validate(validUscc)).toBe(true);
    expect(validate('91350100M000100Y44')).toBe(false);
    expect(Object.keys(banshiFormats).sort()).toEqual(['cn-civil-date', 'cn-resident-id', 'cn-uscc']);
  });
});
