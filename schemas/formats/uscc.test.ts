import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgCodeCheckChar } from './orgCode.ts';
import { checkUscc, normalizeUscc, usccCharset, usccCheckChar, usccRegistrationDepartments } from './uscc.ts';

/** Independent oracle: with the check character weighted 1, Σ v_i·3^(i−1) + C ≡ 0 (mod 31). */
function satisfiesMod31(code: string): boolean {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i += 1) {
    sum += usccCharset.indexOf(code[i]!) * weight;
    weight = (weight * 3) % 31;
  }
  return (sum + usccCharset.indexOf(code[17]!)) % 31 === 0;
}

describe('checkUscc — DOMAIN.md §5.2 valid vectors', () => {
  it.each([
    ['91110000600037341L', 'an enterprise registered in Beijing'],
    ['121200004013590816', 'a public institution (机构编制/事业单位)'],
    ['91310115MA1K3BTP2B', 'letters in the 主体标识码'],
    ['9144030071526726XG', 'an embedded org code whose check character is X'],
    ['91440300568520498A', 'an enterprise in Shenzhen'],
    ['92340602MA2PBMEM24', 'a 个体工商户'],
    ['91620105L015101280', 'check character 0 from a sum divisible by 31'],
  ])('accepts %s (%s)', (code) => {
    // given a published valid code
    // when it is checked
    // then both its own and its embedded org code's check characters hold
    expect(checkUscc(code)).toEqual({ ok: true });
    expect(satisfiesMod31(code)).toBe(true);
  });
});

describe('checkUscc — DOMAIN.md §5.2 invalid vectors', () => {
  it('reports a wrong check character together with the expected one', () => {
    // given the Beijing vector ending in N instead of L
    // when it is checked
    // then the checksum is the problem and L is expected
    expect(checkUscc('91110000600037341N')).toEqual({ ok: false, problem: 'checksum', expectedCheckChar: 'L' });
  });

  it('rejects the stdnum "invalid format" vector starting with A, by its check character', () => {
    // given the Beijing vector with first character A (中央军委改革和编制办公室, a listed department)
    // when it is checked
    const result = checkUscc('A1110000600037341L');
    // then it is invalid; the department is allowed, so the check character is what fails
    // (stdnum calls it a format error only because it requires the first 8 characters to be digits)
    expect(result).toEqual({ ok: false, problem: 'checksum', expectedCheckChar: 'K' });
  });

  it('rejects the forbidden letters I, O, S, V and Z as invalid characters', () => {
    // given the stdnum vector with the five forbidden letters, and each letter alone
    // when checked
    // then the characters are the problem
    expect(checkUscc('9111000060003IOZSV')).toEqual({ ok: false, problem: 'characters' });
    for (const letter of 'IOSVZ') {
      expect(checkUscc(`91110000600037341${letter}`)).toEqual({ ok: false, problem: 'characters' });
    }
  });

  it('reports a wrong length', () => {
    // given codes of 5, 17 and 19 characters
    // when checked
    // then the length is the problem
    for (const code of ['12345', '91110000600037341', '91110000600037341LL']) {
      expect(checkUscc(code)).toEqual({ ok: false, problem: 'length' });
    }
  });

  it('rejects lowercase letters and letters in the region code as invalid characters', () => {
    // given a lowercase check letter and a letter in positions 3–8
    // when checked
    // then the characters are the problem
    expect(checkUscc('91110000600037341l')).toEqual({ ok: false, problem: 'characters' });
    expect(checkUscc('9111A000600037341L')).toEqual({ ok: false, problem: 'characters' });
  });
});

describe('checkUscc — registration department', () => {
  it('accepts every department of the full list, including law firms (3) and village collectives (N)', () => {
    // given a code body for each listed department, completed with the right check characters
    for (const department of usccRegistrationDepartments) {
      const body = `${department}1440106MA1K3BTP2`;
      // when checked
      // then it is valid
      expect(checkUscc(body + usccCheckChar(body))).toEqual({ ok: true });
    }
  });

  it('rejects a first character outside the list even when the check character is right', () => {
    // given first characters B and 0 with a correct check character
    for (const department of ['B', '0']) {
      const body = `${department}1440106MA1K3BTP2`;
      // when checked
      // then the registration department is the problem
      expect(checkUscc(body + usccCheckChar(body))).toEqual({ ok: false, problem: 'registration-department' });
    }
  });
});

describe('checkUscc — embedded 组织机构代码', () => {
  it('rejects a code whose own check character holds but whose org code check does not', () => {
    // given the Beijing vector with its org code check 1 replaced by 2 and the USCC check recomputed
    const body = '91110000600037342';
    const code = body + usccCheckChar(body);
    // when checked
    // then the embedded org code is the problem and 1 is expected at position 17
    expect(checkUscc(code)).toEqual({ ok: false, problem: 'org-code-checksum', expectedCheckChar: '1' });
  });

  it('rejects an org code check character that is a letter other than X', () => {
    // given an embedded org code ending in A, with the USCC check recomputed
    const body = '9111000060003734A';
    // when checked
    // then the embedded org code is the problem
    expect(checkUscc(body + usccCheckChar(body))).toMatchObject({ ok: false, problem: 'org-code-checksum' });
  });
});

describe('normalizeUscc', () => {
  it('uppercases, folds full-width characters and removes spaces, without guessing look-alikes', () => {
    // given a code typed in lowercase, partly full-width, with spaces; and one with a letter O
    // when normalised
    // then the first becomes the valid canonical code and the O stays an O
    expect(normalizeUscc(' 9131 0115\u3000ｍａ1k3btp2b ')).toBe('91310115MA1K3BTP2B');
    expect(checkUscc(normalizeUscc(' 9131 0115\u3000ｍａ1k3btp2b ')).ok).toBe(true);
    expect(normalizeUscc('9111000060003734lo')).toBe('9111000060003734LO');
  });
});

describe('usccCheckChar — properties', () => {
  const charsetChar = fc.constantFrom(...usccCharset);
  const department = fc.constantFrom(...usccRegistrationDepartments);
  const region = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 });
  const orgBody = fc.string({ unit: charsetChar, minLength: 8, maxLength: 8 });

  it('makes any well-formed code valid, and every other check character invalid', () => {
    fc.assert(
      fc.property(department, charsetChar, region, orgBody, (d, category, r, o) => {
        // given a department, category, region and an org code with its own check character
        const body = d + category + r + o + orgCodeCheckChar(o);
        const computed = usccCheckChar(body);
        // when checked with the computed check character
        // then it is valid and satisfies the standard's congruence
        expect(checkUscc(body + computed)).toEqual({ ok: true });
        expect(satisfiesMod31(body + computed)).toBe(true);
        // and with any other check character it is a checksum problem naming the computed one
        for (const other of usccCharset) {
          if (other === computed) continue;
          expect(checkUscc(body + other)).toEqual({ ok: false, problem: 'checksum', expectedCheckChar: computed });
          expect(satisfiesMod31(body + other)).toBe(false);
        }
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });

  it('refuses to compute a check character for anything but 17 charset characters', () => {
    // given a short body and one with a forbidden letter
    // when computing
    // then a RangeError is thrown
    expect(() => usccCheckChar('9111000060003734')).toThrow(RangeError);
    expect(() => usccCheckChar('9111000060003734O')).toThrow(RangeError);
  });
});
