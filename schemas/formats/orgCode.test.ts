import { describe, expect, it } from 'vitest';
import { checkOrgCode, orgCodeCheckChar } from './orgCode.ts';

describe('checkOrgCode — DOMAIN.md §5.3 vectors', () => {
  it.each(['60003734-1', '71092609-4', '07837757-X', '56010553-X', 'MA1K3BTP-2', 'L0151012-8', '10000004-0'])(
    'accepts %s with and without the hyphen',
    (code) => {
      // given a valid code in display form
      // when checked as displayed and without the hyphen
      // then both forms are valid
      expect(checkOrgCode(code)).toEqual({ ok: true });
      expect(checkOrgCode(code.replace('-', ''))).toEqual({ ok: true });
    },
  );

  it('maps a sum divisible by 11 to check character 0, not 11', () => {
    // given the synthetic body 10000004 (3·1 + 2·4 = 11)
    // when its check character is computed
    // then it is 0
    expect(orgCodeCheckChar('10000004')).toBe('0');
  });

  it('maps 10 to X', () => {
    // given a body whose check value is 10
    // when computed
    // then it is X
    expect(orgCodeCheckChar('07837757')).toBe('X');
  });
});

describe('checkOrgCode — invalid codes', () => {
  it('reports a wrong check character with the expected one', () => {
    // given 60003734 with check 2 instead of 1
    // when checked
    // then the checksum is the problem
    expect(checkOrgCode('60003734-2')).toEqual({ ok: false, problem: 'checksum', expectedCheckChar: '1' });
  });

  it('reports lengths other than 9 and 10', () => {
    // given 8 and 11 characters
    // when checked
    // then the length is the problem
    expect(checkOrgCode('60003734')).toEqual({ ok: false, problem: 'length' });
    expect(checkOrgCode('60003734--1')).toEqual({ ok: false, problem: 'length' });
  });

  it('reports a misplaced separator, lowercase letters and a letter check other than X as characters', () => {
    // given malformed codes
    // when checked
    // then the characters are the problem
    for (const code of ['6000373-41', '60003734 1', 'ma1k3btp-2', '60003734-A', '6000373!-1']) {
      expect(checkOrgCode(code)).toEqual({ ok: false, problem: 'characters' });
    }
  });

  it('refuses to compute a check character for a malformed body', () => {
    // given a 7-character body and a lowercase one
    // when computing
    // then a RangeError is thrown
    expect(() => orgCodeCheckChar('6000373')).toThrow(RangeError);
    expect(() => orgCodeCheckChar('ma1k3btp')).toThrow(RangeError);
  });
});
