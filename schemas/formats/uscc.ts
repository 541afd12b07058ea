/**
 * 统一社会信用代码, GB 32100-2015 (DOMAIN.md §5.2).
 *
 * Layout (18 characters): `R T DDDDDD OOOOOOOOO C` — 登记管理部门码, 机构类别码, 登记管理机关行政区划码
 * (6 digits), 主体标识码 (the 9-character 组织机构代码 including its own check character), check character.
 */

import { orgCodeCheckChar } from './orgCode.ts';
import { removeWhitespace, toHalfWidth } from './text.ts';

/**
 * Why a code was rejected, in the order the checks run (the first failing check is reported):
 * - `'length'`: not exactly 18 characters;
 * - `'characters'`: a character outside `usccCharset` (the letters I O S V Z and lowercase letters
 *   included), or a non-digit in positions 3–8;
 * - `'registration-department'`: the first character is not one of `usccRegistrationDepartments`;
 * - `'checksum'`: the 18th character is wrong (`expectedCheckChar` is the right one);
 * - `'org-code-checksum'`: the embedded 组织机构代码 (positions 9–17) fails its GB 11714 check
 *   (`expectedCheckChar` is then the right character for position 17).
 */
export type UsccProblem = 'length' | 'characters' | 'registration-department' | 'checksum' | 'org-code-checksum';

/** Result of `checkUscc`. */
export type UsccCheck = { ok: true } | { ok: false; problem: UsccProblem; expectedCheckChar?: string };

/**
 * The 31 characters a USCC may contain; a character's value is its index. I, O, S, V and Z are left out
 * because they are easily confused with 1, 0, 5, U and 2.
 */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Every 登记管理部门码 (first character) in use: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游,
 * 7 宗教, 8 工会, 9 工商, A 中央军委改革和编制办公室, N 农业, Y 其他.
 *
 * The full list matters: checks that only allow 1/5/9/Y reject law firms (31…) and village collectives (N2…).
 */
export const usccRegistrationDepartments: readonly string[] = Object.freeze([
  '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y',
]);

/** `W_i = 3^(i−1) mod 31` for i = 1..17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Same shape as `identifierPatterns.uscc`, so the runtime and the JSON Schema agree on 'characters'. */
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const BODY = /^[0-9A-HJ-NPQRTUWXY]{17}$/;

/**
 * Computes the check character of the first 17 characters of a USCC:
 * `charset[(31 − Σ v_i·W_i mod 31) mod 31]` (a sum divisible by 31 gives `'0'`, not an out-of-range 31).
 *
 * @param body - exactly 17 characters from `usccCharset`
 * @throws RangeError if `body` is not 17 such characters (a programming error).
 */
export function usccCheckChar(body: string): string {
  if (!BODY.test(body)) {
    throw new RangeError('usccCheckChar: expected exactly 17 characters from the USCC charset');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += usccCharset.indexOf(body[i]!) * WEIGHTS[i]!;
  }
  return usccCharset[(31 - (sum % 31)) % 31]!;
}

/**
 * Cleans up a typed or pasted USCC: trims, removes all spaces (including U+3000), folds full-width
 * characters to half-width and uppercases letters.
 *
 * Look-alike letters (I, O, S, V, Z) are deliberately not turned into digits: guessing could turn a
 * typo into someone else's valid code, so the citizen is asked to check instead (DOMAIN.md §5.2).
 */
export function normalizeUscc(input: string): string {
  return removeWhitespace(toHalfWidth(input)).toUpperCase();
}

/**
 * Checks a 统一社会信用代码 exactly as given (call `normalizeUscc` first for typed input).
 *
 * Both the code's own check character and the embedded 组织机构代码's check character must hold. The
 * second character (机构类别码) and the region code are not looked up: the tables change and an unknown
 * entry does not make a code invalid.
 *
 * @example checkUscc('91110000600037341L') // { ok: true }
 * @example checkUscc('91110000600037341N') // { ok: false, problem: 'checksum', expectedCheckChar: 'L' }
 */
export function checkUscc(value: string): UsccCheck {
  if (value.length !== 18) return { ok: false, problem: 'length' };
  if (!SHAPE.test(value)) return { ok: false, problem: 'characters' };
  if (!usccRegistrationDepartments.includes(value[0]!)) return { ok: false, problem: 'registration-department' };

  const expectedCheckChar = usccCheckChar(value.slice(0, 17));
  if (value[17] !== expectedCheckChar) return { ok: false, problem: 'checksum', expectedCheckChar };

  // Positions 9–17: the 组织机构代码's 8 body characters and its check character, without the hyphen.
  // Every USCC character is a valid org-code body character, so only the check character can fail.
  const expectedOrgCheckChar = orgCodeCheckChar(value.slice(8, 16));
  if (value[16] !== expectedOrgCheckChar) {
    return { ok: false, problem: 'org-code-checksum', expectedCheckChar: expectedOrgCheckChar };
  }
  return { ok: true };
}
