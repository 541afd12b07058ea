import { describe, expect, it } from 'vitest';
import { identifierPatterns, normalizeMobileCn } from './patterns.ts';

const compile = (source: string): RegExp => new RegExp(source, 'u');

describe('identifierPatterns — safety', () => {
  it.each(Object.entries(identifierPatterns))('%s compiles in ECMAScript u mode', (_name, source) => {
    // given the pattern source
    // when compiled with the u flag, as JSON Schema validators do
    // then it does not throw
    expect(() => compile(source)).not.toThrow();
  });

  it.each(Object.entries(identifierPatterns))('%s has no quantified group (hence no nested quantifier)', (_name, source) => {
    // given the pattern source
    // when looking for a closing parenthesis followed by a quantifier
    // then there is none
    expect(source).not.toMatch(/\)[*+?{]/);
  });

  it('keeps the email pattern fast on hostile input', () => {
    // given long inputs that almost match
    const inputs = [`${'a'.repeat(50_000)}@`, `a@${'b'.repeat(50_000)}`, `a@b.${'.'.repeat(50_000)}`, '@'.repeat(50_000)];
    const email = compile(identifierPatterns.email);
    // when matched
    const started = performance.now();
    for (const input of inputs) expect(email.test(input)).toBe(false);
    // then it finishes quickly (a backtracking pattern would take far longer)
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('identifierPatterns — what they match', () => {
  it('residentId accepts an uppercase X only at the end', () => {
    // given the compiled pattern
    const pattern = compile(identifierPatterns.residentId);
    // when typical good and bad values are tested
    // then only the good ones match
    expect(pattern.test('11010519491231002X')).toBe(true);
    expect(pattern.test('11010519491231002x')).toBe(false);
    expect(pattern.test('1101051949123100X2')).toBe(false);
    expect(pattern.test('110105491231002')).toBe(false);
  });

  it('uscc accepts the vectors, letters in the 主体标识码 and departments A/N, but not I O S V Z', () => {
    // given the compiled pattern
    const pattern = compile(identifierPatterns.uscc);
    // when typical good and bad values are tested
    // then only the good ones match
    for (const code of ['91110000600037341L', '91310115MA1K3BTP2B', 'N2440106MA1K3BTP2B', 'A1110000600037341K']) {
      expect(pattern.test(code)).toBe(true);
    }
    for (const code of ['9111000060003IOZSV', '91110000600037341l', '9111A000600037341L', '12345']) {
      expect(pattern.test(code)).toBe(false);
    }
  });

  it('mobileCn accepts 13x–19x numbers, including 192 (中国广电), and nothing shorter or starting 12', () => {
    // given the compiled pattern
    const pattern = compile(identifierPatterns.mobileCn);
    // when typical good and bad values are tested
    // then only the good ones match
    for (const mobile of ['13800138000', '19212345678', '16612345678']) expect(pattern.test(mobile)).toBe(true);
    for (const mobile of ['12800138000', '1380013800', '138001380000', '+8613800138000']) {
      expect(pattern.test(mobile)).toBe(false);
    }
  });

  it('postalCodeCn accepts exactly 6 digits', () => {
    // given the compiled pattern
    const pattern = compile(identifierPatterns.postalCodeCn);
    // when typical good and bad values are tested
    // then only the good ones match
    expect(pattern.test('510000')).toBe(true);
    expect(pattern.test('51000')).toBe(false);
    expect(pattern.test('5100000')).toBe(false);
  });

  it('email accepts ordinary addresses and rejects missing parts, spaces and a trailing dot', () => {
    // given the compiled pattern
    const pattern = compile(identifierPatterns.email);
    // when typical good and bad values are tested
    // then only the good ones match
    for (const email of ['zhang.san@example.com', 'a+b@mail.gd.gov.cn', '张三@例子.中国']) {
      expect(pattern.test(email)).toBe(true);
    }
    for (const email of ['zhangsan', 'zhang@san', '@example.com', 'zhang@.com', 'zhang san@example.com', 'a@b.com.', 'a@b@c.com']) {
      expect(pattern.test(email)).toBe(false);
    }
  });

  it('date checks only the YYYY-MM-DD shape', () => {
    // given the compiled pattern
    const pattern = compile(identifierPatterns.date);
    // when typical good and bad values are tested
    // then only the good ones match
    expect(pattern.test('2026-11-29')).toBe(true);
    expect(pattern.test('2026-02-30')).toBe(true);
    expect(pattern.test('2026-1-29')).toBe(false);
  });
});

describe('normalizeMobileCn', () => {
  it.each([
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-13800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['＋８６\u3000１３８００１３８０００', '13800138000'],
    ['13800138000', '13800138000'],
  ])('turns %j into %j', (typed, expected) => {
    // given a typed mobile number
    // when normalised
    // then spaces, dashes and the country code are gone and the pattern matches
    expect(normalizeMobileCn(typed)).toBe(expected);
    expect(compile(identifierPatterns.mobileCn).test(normalizeMobileCn(typed))).toBe(true);
  });

  it('does not strip 86 without + or 00, since that could be part of a wrong number', () => {
    // given a number starting 86
    // when normalised
    // then it is left for the pattern to reject
    expect(normalizeMobileCn('8613800138000')).toBe('8613800138000');
  });
});
