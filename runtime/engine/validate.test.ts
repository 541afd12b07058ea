import { describe, expect, it } from 'vitest';
import { validateSubmission } from './validate.ts';
import { adultSubmission, passportPackage } from './testing/fixtures.ts';

const withApplicant = (applicant: Record<string, unknown>) => ({ ...adultSubmission, applicant: { ...adultSubmission.applicant, ...applicant } });

describe('validateSubmission', () => {
  it('accepts a complete adult submission', () => {
    expect(validateSubmission(passportPackage(), adultSubmission)).toEqual({ valid: true, errors: [] });
  });

  it('says what is wrong with a resident ID checksum, using the field label', () => {
    // given a number whose last character is wrong; when validated; then the message names the check character
    const result = validateSubmission(passportPackage(), withApplicant({ idNumber: '36042619910102009X' }));
    expect(result.errors).toEqual([
      expect.objectContaining({ code: 'format', path: '/applicant/idNumber', message: '身份证号码校验位不正确，请核对最后一位' }),
    ]);
  });

  it('asks for 18 characters when the ID is too short, and explains a bad birth date', () => {
    const short = validateSubmission(passportPackage(), withApplicant({ idNumber: '1101051949' }));
    expect(short.errors[0]).toMatchObject({ code: 'pattern', message: '请输入18位居民身份证号码' });
    const date = validateSubmission(passportPackage(), withApplicant({ idNumber: '110105194913310028' }));
    expect(date.errors[0]!.message).toContain('出生日期');
  });

  it('counts length in characters and says the limit', () => {
    const result = validateSubmission(passportPackage(), withApplicant({ note: '𠀀'.repeat(200) }));
    expect(result.valid).toBe(true);
    const tooLong = validateSubmission(passportPackage(), withApplicant({ note: '长'.repeat(201) }), { locale: 'en' });
    expect(tooLong.errors[0]).toMatchObject({ code: 'length', message: 'note must be 200 characters or fewer' });
  });

  it('points a required error at the missing property and writes for citizens', () => {
    const { age: _age, ...rest } = adultSubmission;
    void _age;
    const result = validateSubmission(passportPackage(), rest);
    expect(result.errors).toContainEqual(expect.objectContaining({ code: 'required', path: '/age', message: '请回答：申请人年龄' }));
    const noName = validateSubmission(passportPackage(), { ...adultSubmission, applicant: { idNumber: '11010519491231002X' } });
    expect(noName.errors).toEqual([expect.objectContaining({ code: 'required', path: '/applicant/name', message: '请填写姓名' })]);
  });

  it('rejects data of a branch not taken and an unknown option', () => {
    const stale = validateSubmission(passportPackage(), { ...adultSubmission, guardian: { guardianName: '王五' } });
    expect(stale.errors).toEqual([expect.objectContaining({ code: 'not-allowed', path: '/guardian' })]);
    const option = validateSubmission(passportPackage(), withApplicant({ purpose: 'work' }));
    expect(option.errors[0]).toMatchObject({ code: 'enum', path: '/applicant/purpose' });
  });

  it('checks material ways, file types and sizes', () => {
    const pkg = passportPackage();
    const way = validateSubmission(pkg, { ...adultSubmission, materials: { ...adultSubmission.materials, photo: { type: 'paper' } } });
    expect(way.errors[0]).toMatchObject({ code: 'material-way', path: '/materials/photo/type' });
    const big = validateSubmission(pkg, {
      ...adultSubmission,
      materials: { ...adultSubmission.materials, photo: { type: 'upload', files: [{ id: 'p', name: '照片.png', size: 2 * 1024 * 1024, mediaType: 'image/png' }] } },
    });
    expect(big.errors.map((e) => e.code).sort()).toEqual(['enum', 'range']);
    expect(big.errors.find((e) => e.code === 'range')!.message).toBe('文件“照片.png”超过1MB，请压缩后重新上传');
  });

  it('reports an exit end as not eligible with its reason, and a missing submit end as incomplete', () => {
    const result = validateSubmission(passportPackage(), { age: 'foreign' }, { locale: 'en' });
    expect(result.errors).toContainEqual(expect.objectContaining({ code: 'not-eligible', message: 'Foreign nationals apply at their embassy' }));
    expect(result.errors).toContainEqual(expect.objectContaining({ code: 'incomplete' }));
  });

  it('never throws on arbitrary JSON', () => {
    for (const input of [null, 1, 'x', [], { age: null }, { materials: [] }, { applicant: 'x', age: 'adult' }]) {
      expect(validateSubmission(passportPackage(), input).valid).toBe(false);
    }
  });
});
