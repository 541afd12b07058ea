import { describe, expect, it } from 'vitest';
import { createValidator, materialsFor, validateSubmission } from '../../runtime/node/index.ts';
import { testPackage, validSubmission } from './testing/item.ts';

const pkg = testPackage();
const errorsOf = (data: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') => validateSubmission(pkg, data, { locale }).errors;
const codes = (data: unknown) => errorsOf(data).map((e) => `${e.code} ${e.path}`);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary depths of the submission
type Loose = Record<string, any>;
const withChanges = (change: (d: Loose) => void) => {
  const data = validSubmission() as Loose;
  change(data);
  return data;
};

describe('validateSubmission against a compiled package', () => {
  it('accepts a complete, valid submission', () => {
    expect(validateSubmission(pkg, validSubmission())).toEqual({ valid: true, errors: [] });
  });

  it('reports a missing field as required at the pointer of the missing property, named by its label', () => {
    const data = withChanges((d) => delete d.applicant.name);
    const [error] = errorsOf(data);
    expect(error).toEqual({ code: 'required', path: '/applicant/name', message: '“姓名”为必填项。' });
    expect(errorsOf(data, 'en')[0]!.message).toBe('"Name" is required.');
  });

  it('reports a missing material as required at /materials/<key>', () => {
    const data = withChanges((d) => { d.age = 'child'; });
    expect(errorsOf(data)).toContainEqual({ code: 'required', path: '/materials/guardianProof', message: '缺少材料“监护关系证明”。' });
    expect(errorsOf(data, 'en')).toContainEqual({ code: 'required', path: '/materials/guardianProof', message: 'Material "Proof of guardianship" is missing.' });
  });

  it('reports data of a node that is not reached, and unknown properties, as not-allowed at that property', () => {
    const data = withChanges((d) => { d.materials.guardianProof = { type: 'paper' }; d.extra = 1; });
    expect(codes(data)).toEqual(expect.arrayContaining(['not-allowed /materials/guardianProof', 'not-allowed /extra']));
  });

  it('reports a wrong type once, without the noise of other keywords on the same value', () => {
    const data = withChanges((d) => { d.copies = 'two'; });
    expect(codes(data)).toEqual(['type /copies']);
    expect(errorsOf(data, 'en')[0]!.message).toBe('"Copies" has the wrong type: expected a whole number.');
  });

  it('reports a bad identifier checksum as format and a bad shape as pattern', () => {
    expect(codes(withChanges((d) => { d.applicant.idNumber = '110105194912310021'; }))).toEqual(['format /applicant/idNumber']);
    expect(codes(withChanges((d) => { d.applicant.phone = '12345'; }))).toEqual(['pattern /applicant/phone']);
    expect(errorsOf(withChanges((d) => { d.applicant.phone = '12345'; }), 'en')[0]!.message).toContain('11-digit mobile number');
  });

  it('reports a value outside the options as enum, listing the option labels', () => {
    const error = errorsOf(withChanges((d) => { d.age = 'elder'; })).find((e) => e.code === 'enum');
    expect(error).toMatchObject({ code: 'enum', path: '/age' });
    expect(error!.message).toBe('“申请人年龄段”应当是以下之一：16周岁以上、未满16周岁、不适用。');
  });

  it('reports numbers out of bounds as range, strings as length, lists as items', () => {
    expect(codes(withChanges((d) => { d.copies = 9; }))).toEqual(['range /copies']);
    expect(codes(withChanges((d) => { d.applicant.name = '一二三四五六'; }))).toEqual(['length /applicant/name']);
    expect(codes(withChanges((d) => { d.applicant.tags = ['x', 'y']; }))).toEqual(['items /applicant/tags']);
    expect(codes(withChanges((d) => { d.applicant.tags = ['x', 'x']; }))).toContain('items /applicant/tags');
  });

  it('reports a way the material does not allow as material-way at /materials/<key>', () => {
    const errors = errorsOf(withChanges((d) => { d.materials.photo = { type: 'eLicence', licenceId: 'L1' }; }), 'en');
    expect(errors).toEqual([{ code: 'material-way', path: '/materials/photo', message: 'Material "Photo" cannot be provided as "e-licence"; accepted: upload, paper.' }]);
  });

  it('reports answers that reach an exit end as not-eligible at the root, with the reason', () => {
    const errors = errorsOf({ age: 'none' });
    expect(errors.map((e) => `${e.code} ${e.path}`)).toContain('not-eligible ');
    expect(errors.find((e) => e.code === 'not-eligible')!.message).toContain('不符合条件');
  });

  it('reports answers that reach no submit end as incomplete, after the more specific errors', () => {
    const errors = errorsOf({});
    expect(errors[0]).toMatchObject({ code: 'required', path: '/age' });
    expect(errors.at(-1)).toMatchObject({ code: 'incomplete', path: '' });
  });

  it('drops the if/then and anyOf summaries ajv produces', () => {
    const errors = errorsOf(withChanges((d) => { d.age = 'child'; }));
    expect(errors.every((e) => e.message.length > 0 && !/must match/.test(e.message))).toBe(true);
    expect(new Set(errors.map((e) => `${e.code} ${e.path}`)).size).toBe(errors.length);
  });

  it('counts only own properties: inherited names are not present (ownProperties)', () => {
    const inherited = Object.assign(Object.create({ age: 'adult', copies: 1 }) as Record<string, unknown>, {
      applicant: { name: '张三', idNumber: '11010519491231002X' },
      materials: { photo: { type: 'paper' } },
    });
    expect(codes(inherited)).toEqual(expect.arrayContaining(['required /age']));
    const toStringData = withChanges((d) => { d['toString'] = 'x' as never; });
    expect(codes(toStringData)).toEqual(['not-allowed /toString']);
    const materials = withChanges((d) => { d.materials = Object.create({ photo: { type: 'paper' } }); });
    expect(codes(materials)).toContain('required /materials/photo');
  });

  it('caches by package hash and keeps the default locale of a validator', () => {
    const validator = createValidator(pkg, { locale: 'en' });
    expect(validator.validate(withChanges((d) => delete d.applicant.name)).errors[0]!.message).toBe('"Name" is required.');
    expect(createValidator(structuredClone(pkg)).validate(validSubmission()).valid).toBe(true);
  });
});

describe('materialsFor', () => {
  it('lists the materials that apply to the answers, in manifest order', () => {
    expect(materialsFor(pkg, { age: 'child', copies: 1 }).map((m) => m.key)).toEqual(['guardianProof', 'photo']);
    expect(materialsFor(pkg, { age: 'adult', copies: 1 }).map((m) => m.key)).toEqual(['photo']);
    expect(materialsFor(pkg, { age: 'none' }).map((m) => m.key)).toEqual([]);
  });

  it('does not count inherited answers', () => {
    expect(materialsFor(pkg, Object.create({ age: 'child' })).map((m) => m.key)).toEqual([]);
  });
});
