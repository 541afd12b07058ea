import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { definition, edge, end, eq, field, material, situation, start, step } from './testing/builders.ts';
import { strictAjv } from './testing/ajv.ts';

function passport() {
  return definition(
    [
      start(),
      situation('age', 'single-choice', { options: [
        { value: 'adult', label: { 'zh-CN': '16周岁以上' } },
        { value: 'minor', label: { 'zh-CN': '未满16周岁' } },
      ] }),
      step('applicant', [field('name', 'text', { required: true }), field('idNumber', 'id-card-cn', { required: true })]),
      material('guardianProof'),
      material('idCard', { ways: ['eLicence', 'paper'], eLicence: { catalogCode: 'CN-ID' } }),
      end('done'),
    ],
    [
      edge('start', 'age'),
      edge('age', 'guardianProof', eq('age', 'minor')),
      edge('age', 'idCard', 'otherwise'),
      edge('guardianProof', 'idCard'),
      edge('idCard', 'applicant'),
      edge('applicant', 'done'),
    ],
  );
}

describe('compile', () => {
  it('emits a package whose schema compiles under ajv strict mode', () => {
    // given a small passport-like definition
    const result = compile(passport());
    // then it compiles without errors and ajv strict accepts the schema
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const validate = strictAjv().compile(result.package!.schema);
    expect(typeof validate).toBe('function');
  });

  it('requires a branch material exactly when its branch is taken and forbids it otherwise', () => {
    const validate = strictAjv().compile(compile(passport()).package!.schema);
    const base = { applicant: { name: '张三', idNumber: '11010519491231002X' } };
    const idCard = { type: 'eLicence', licenceId: 'L1' };
    const proof = { type: 'paper' };
    expect(validate({ ...base, age: 'adult', materials: { idCard } })).toBe(true);
    expect(validate({ ...base, age: 'minor', materials: { idCard } })).toBe(false);
    expect(validate({ ...base, age: 'minor', materials: { idCard, guardianProof: proof } })).toBe(true);
    expect(validate({ ...base, age: 'adult', materials: { idCard, guardianProof: proof } })).toBe(false);
  });

  it('rejects a bad checksum in an identifier field through the registered format', () => {
    const validate = strictAjv().compile(compile(passport()).package!.schema);
    const data = { age: 'adult', applicant: { name: '张三', idNumber: '36042619910102009X' }, materials: { idCard: { type: 'paper' } } };
    expect(validate(data)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'format')).toBe(true);
  });

  it('is deterministic: the same definition gives the same bytes', () => {
    expect(JSON.stringify(compile(passport()).package)).toBe(JSON.stringify(compile(passport()).package));
  });
});
