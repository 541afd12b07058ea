import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkResidentId,
  normalizeResidentId,
  residentIdCheckChar,
  residentIdDocumentType,
  upgradeLegacyResidentId,
} from './residentId.ts';

/** A fixed "today" so that results do not depend on when the tests run. */
const TODAY = '2026-11-29';

/** Independent oracle (ISO 7064 MOD 11-2 as the standard states it): Σ a_i·2^(18−i) ≡ 1 (mod 11). */
function satisfiesMod11_2(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < 18; i += 1) {
    const ch = number[i]!;
    const value = ch === 'X' ? 10 : Number(ch);
    sum += value * (2 ** (17 - i) % 11);
  }
  return sum % 11 === 1;
}

describe('checkResidentId — DOMAIN.md §5.1 valid vectors', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['440524188001010014', '1880-01-01', 'male'],
    ['360426199101010071', '1991-01-01', 'male'],
    ['44011320141005001X', '2014-10-05', 'male'],
    ['110105195001010039', '1950-01-01', 'male'],
    ['11010519500101999X', '1950-01-01', 'male'],
    ['11010519500102000X', '1950-01-02', 'female'],
    ['412723199010050012', '1990-10-05', 'male'],
    ['110102199101010078', '1991-01-01', 'male'],
    ['440106199003070060', '1990-03-07', 'female'],
    ['44010619900307001X', '1990-03-07', 'male'],
  ])('accepts %s and reads birth date %s and sex %s', (number, birthDate, sex) => {
    // given a published or synthetic valid number
    // when it is checked
    const result = checkResidentId(number, { today: TODAY });
    // then it is valid and the birth date and sex are read from it
    expect(result).toEqual({ ok: true, birthDate, sex });
    expect(satisfiesMod11_2(number)).toBe(true);
  });

  it('accepts the vectors with the default today (Asia/Shanghai now)', () => {
    // given the valid vectors, all born long ago
    // when checked without an explicit today
    // then they are valid
    expect(checkResidentId('11010519491231002X').ok).toBe(true);
    expect(checkResidentId('440106199003070060').ok).toBe(true);
  });
});

describe('checkResidentId — DOMAIN.md §5.1 invalid vectors', () => {
  it('reports a wrong check character together with the expected one', () => {
    // given a number whose check character should be 3
    // when it is checked
    const result = checkResidentId('36042619910102009X', { today: TODAY });
    // then the problem is the checksum and the expected character is 3
    expect(result).toEqual({ ok: false, problem: 'checksum', expectedCheckChar: '3' });
  });

  it('reports month 13 as an invalid date', () => {
    // given a number with month 13 (and a matching check character)
    // when it is checked
    // then the date is the problem
    expect(checkResidentId('360426199113010079', { today: TODAY })).toEqual({ ok: false, problem: 'date' });
  });

  it('reports 30 February as an invalid date even though the check character is right', () => {
    // given a number for 1990-02-30 whose check character is correct
    expect(residentIdCheckChar('44010619900230123')).toBe('4');
    // when it is checked
    // then the date check, not the checksum, rejects it
    expect(checkResidentId('440106199002301234', { today: TODAY })).toEqual({ ok: false, problem: 'date' });
  });

  it('reports a letter in the address code as invalid characters', () => {
    // given a number starting with T
    // when it is checked
    // then the characters are the problem
    expect(checkResidentId('T60426199101010078', { today: TODAY })).toEqual({ ok: false, problem: 'characters' });
  });

  it('reports any length other than 18 as a length problem, including 15-digit legacy numbers', () => {
    // given numbers that are too short, too long, legacy or empty
    // when they are checked
    // then the length is the problem
    for (const number of ['110105491231002', '11010519491231002', '11010519491231002X0', '']) {
      expect(checkResidentId(number, { today: TODAY })).toEqual({ ok: false, problem: 'length' });
    }
  });

  it('rejects 29 February in a year that is not a leap year and accepts it in one that is', () => {
    // given numbers born on 29 February 1900 (not leap) and 2000 (leap), with correct check characters
    const notLeap = `11010519000229001${residentIdCheckChar('11010519000229001')}`;
    const leap = `11010520000229001${residentIdCheckChar('11010520000229001')}`;
    // when they are checked
    // then only the leap-year date is accepted
    expect(checkResidentId(notLeap, { today: TODAY })).toEqual({ ok: false, problem: 'date' });
    expect(checkResidentId(leap, { today: TODAY })).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });
});

describe('checkResidentId — exact input and normalisation', () => {
  it('rejects a lowercase x but accepts the number after normalising', () => {
    // given the stdnum vector typed with a lowercase x
    const typed = '44011320141005001x';
    // when it is checked as typed, then after normalising
    // then only the normalised number is valid
    expect(checkResidentId(typed, { today: TODAY })).toEqual({ ok: false, problem: 'characters' });
    expect(normalizeResidentId(typed)).toBe('44011320141005001X');
    expect(checkResidentId(normalizeResidentId(typed), { today: TODAY }).ok).toBe(true);
  });

  it('normalises full-width digits, a full-width x and spaces of both widths', () => {
    // given a number typed with a full-width IME, grouped with ASCII and ideographic spaces
    const typed = ' ４４０１１３\u3000２０１４１００５ ００１ｘ ';
    // when it is normalised
    const normalised = normalizeResidentId(typed);
    // then it is the canonical number, which is valid
    expect(normalised).toBe('44011320141005001X');
    expect(checkResidentId(normalised, { today: TODAY }).ok).toBe(true);
  });

  it('leaves other characters alone so invalid input stays invalid', () => {
    // given input with a letter that is not x and a hyphen
    // when it is normalised
    // then only spaces and x changed
    expect(normalizeResidentId('t6042619910101007-8')).toBe('t6042619910101007-8');
  });
});

describe('checkResidentId — birth date not in the future', () => {
  it('rejects a birth date after the given today', () => {
    // given a checksum-valid number born 2026-11-30
    const body = '44010620261130001';
    const number = body + residentIdCheckChar(body);
    // when today is 2026-11-29
    // then the birth date is in the future
    expect(checkResidentId(number, { today: '2026-11-29' })).toEqual({ ok: false, problem: 'future-date' });
    // and on the day itself the newborn's number is valid
    expect(checkResidentId(number, { today: '2026-11-30' })).toMatchObject({ ok: true, birthDate: '2026-11-30' });
  });

  it('throws when today is not a real date, because that is a programming error', () => {
    // given an invalid today
    // when checking
    // then a RangeError is thrown
    expect(() => checkResidentId('11010519491231002X', { today: '2026-02-30' })).toThrow(RangeError);
  });

  describe('with the default today', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('uses the civil date in Shanghai, whatever the machine time zone', () => {
      // given the clock at 2026-11-29T16:30Z, which is 2026-11-30 00:30 in Shanghai
      vi.useFakeTimers();
      vi.setSystemTime(Date.UTC(2026, 10, 29, 16, 30));
      const bornToday = `44010620261130002${residentIdCheckChar('44010620261130002')}`;
      const bornTomorrow = `44010620261201002${residentIdCheckChar('44010620261201002')}`;
      // when checked without an explicit today
      // then a baby born on 2026-11-30 is valid and one born on 2026-12-01 is not
      expect(checkResidentId(bornToday)).toEqual({ ok: true, birthDate: '2026-11-30', sex: 'female' });
      expect(checkResidentId(bornTomorrow)).toEqual({ ok: false, problem: 'future-date' });
    });
  });
});

describe('checkResidentId — document types', () => {
  const hongKong = `81000019900307001${residentIdCheckChar('81000019900307001')}`;
  const macau = `82000019900307002${residentIdCheckChar('82000019900307002')}`;
  const taiwan = `83000019900307003${residentIdCheckChar('83000019900307003')}`;
  const permanent = `93615619900307004${residentIdCheckChar('93615619900307004')}`;
  const resident = '440106199003070060';

  it('rejects residence-permit numbers (81/82/83) for a 居民身份证 with a document-type problem', () => {
    // given checksum-valid 港澳台居民居住证 numbers
    // when checked as 居民身份证 (the default)
    // then the document type is the problem
    for (const number of [hongKong, macau, taiwan]) {
      expect(checkResidentId(number, { today: TODAY })).toEqual({
        ok: false,
        problem: 'document-type',
        detectedDocumentType: 'residence-permit',
      });
    }
  });

  it('accepts 81/82/83 numbers for a residence permit', () => {
    // given the same numbers
    // when checked as 港澳台居民居住证
    // then they are valid
    for (const number of [hongKong, macau, taiwan]) {
      expect(checkResidentId(number, { documentType: 'residence-permit', today: TODAY }).ok).toBe(true);
    }
  });

  it('rejects first-digit-9 numbers for a 居民身份证 and accepts them for a permanent residence card', () => {
    // given a checksum-valid 2023 外国人永久居留身份证 number
    // when checked as each document type
    // then only permanent-residence accepts it
    expect(checkResidentId(permanent, { today: TODAY })).toEqual({
      ok: false,
      problem: 'document-type',
      detectedDocumentType: 'permanent-residence',
    });
    expect(checkResidentId(permanent, { documentType: 'residence-permit', today: TODAY })).toMatchObject({
      problem: 'document-type',
    });
    expect(checkResidentId(permanent, { documentType: 'permanent-residence', today: TODAY })).toEqual({
      ok: true,
      birthDate: '1990-03-07',
      sex: 'female',
    });
  });

  it('rejects an ordinary 居民身份证 number entered as a residence permit or permanent residence card', () => {
    // given a valid 居民身份证 number
    // when checked as the other document types
    // then the document type is the problem and the detected type is resident-id
    for (const documentType of ['residence-permit', 'permanent-residence'] as const) {
      expect(checkResidentId(resident, { documentType, today: TODAY })).toEqual({
        ok: false,
        problem: 'document-type',
        detectedDocumentType: 'resident-id',
      });
    }
  });

  it('reports a wrong check character before the document type', () => {
    // given a Hong Kong residence-permit number with a wrong check character
    const wrong = hongKong.slice(0, 17) + (hongKong[17] === '0' ? '1' : '0');
    // when checked as a 居民身份证
    // then the checksum is reported, not the document type
    expect(checkResidentId(wrong, { today: TODAY })).toMatchObject({ ok: false, problem: 'checksum' });
  });

  it('detects the document type from the leading digits alone', () => {
    // given prefixes of each kind
    // when the document type is detected
    // then it follows the first one or two digits
    expect(residentIdDocumentType('9')).toBe('permanent-residence');
    expect(residentIdDocumentType('82')).toBe('residence-permit');
    expect(residentIdDocumentType('8')).toBe('resident-id');
    expect(residentIdDocumentType('440106')).toBe('resident-id');
  });
});

describe('upgradeLegacyResidentId', () => {
  it('inserts 19 and appends the check character', () => {
    // given the 15-digit form of the standard's example
    // when it is upgraded
    // then it is the 18-character number
    expect(upgradeLegacyResidentId('110105491231002')).toBe('11010519491231002X');
  });

  it('returns null for anything that is not 15 digits with a real date', () => {
    // given wrong lengths, letters and an impossible date
    // when upgraded
    // then null
    expect(upgradeLegacyResidentId('11010549123100')).toBeNull();
    expect(upgradeLegacyResidentId('11010549123100X')).toBeNull();
    expect(upgradeLegacyResidentId('110105490230002')).toBeNull();
  });
});

describe('residentIdCheckChar — properties', () => {
  it('makes any 17 digits satisfy MOD 11-2, and no other check character does', () => {
    // given any 17 digits
    const digits17 = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 17, maxLength: 17 });
    fc.assert(
      fc.property(digits17, (body) => {
        // when the computed check character, or any other one, is appended
        // then only the computed one satisfies the standard's congruence
        const computed = residentIdCheckChar(body);
        for (const candidate of '0123456789X') {
          expect(satisfiesMod11_2(body + candidate)).toBe(candidate === computed);
        }
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });

  it('accepts any number with a real past birth date and the computed check character, and rejects every other check character', () => {
    // given an ordinary address code, a birth date up to today and a sequence
    const address = fc
      .string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 })
      .filter((code) => residentIdDocumentType(code) === 'resident-id');
    const birth = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));
    const sequence = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(address, birth, sequence, (a, b, s) => {
        const body = a + b + s;
        const computed = residentIdCheckChar(body);
        // when checked with the computed check character
        // then it is valid
        expect(checkResidentId(body + computed, { today: TODAY }).ok).toBe(true);
        // and with any other check character it is a checksum problem naming the computed one
        for (const other of '0123456789X') {
          if (other === computed) continue;
          expect(checkResidentId(body + other, { today: TODAY })).toEqual({
            ok: false,
            problem: 'checksum',
            expectedCheckChar: computed,
          });
        }
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });

  it('refuses to compute a check character for anything but 17 digits', () => {
    // given malformed bodies
    // when computing
    // then a RangeError is thrown
    expect(() => residentIdCheckChar('1234567890123456')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1234567890123456X')).toThrow(RangeError);
  });
});
