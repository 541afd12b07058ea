/**
 * 组织机构代码, GB 11714-1997 (DOMAIN.md §5.3): 8 body characters (digits or uppercase letters) and one
 * check character, displayed `XXXXXXXX-X`. It also forms positions 9–17 of every 统一社会信用代码.
 */

/**
 * Why an organisation code was rejected:
 * - `'length'`: neither 9 characters (`XXXXXXXXX`) nor 10 (`XXXXXXXX-X`);
 * - `'characters'`: a body character is not `0`–`9`/`A`–`Z`, the check character is not `0`–`9`/`X`, or
 *   a 10-character value has no hyphen before the check character;
 * - `'checksum'`: the check character is wrong (`expectedCheckChar` says which is right).
 */
export type OrgCodeProblem = 'length' | 'characters' | 'checksum';

/** Result of `checkOrgCode`. */
export type OrgCodeCheck = { ok: true } | { ok: false; problem: OrgCodeProblem; expectedCheckChar?: string };

/** GB 11714-1997 weights of the 8 body characters. */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

const BODY = /^[0-9A-Z]{8}$/;

/** Value of a body character: digits are themselves, letters A=10 … Z=35. */
function charValue(code: number): number {
  // '0'–'9' are 48–57, 'A'–'Z' are 65–90.
  return code <= 57 ? code - 48 : code - 55;
}

/**
 * Computes the check character (`'0'`–`'9'` or `'X'`) of an 8-character organisation-code body.
 *
 * `C = 11 − (Σ mod 11)`, with 10 written `X` and 11 written `0`. The mod-0 case must give `0`: go-gb's
 * `Sum` returns "11" there (DOMAIN.md §5.3), which would reject real codes such as `10000004-0`.
 *
 * @param body - exactly 8 characters from `0`–`9`, `A`–`Z`
 * @throws RangeError if `body` is not 8 such characters (a programming error).
 */
export function orgCodeCheckChar(body: string): string {
  if (!BODY.test(body)) {
    throw new RangeError('orgCodeCheckChar: expected 8 characters from 0-9 and A-Z');
  }
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    sum += charValue(body.charCodeAt(i)) * WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * Checks an organisation code exactly as given, in either written form: `XXXXXXXX-X` or `XXXXXXXXX`.
 *
 * Lowercase letters are rejected (the code is defined in uppercase); callers that accept typed input
 * should uppercase it first.
 *
 * @example checkOrgCode('60003734-1') // { ok: true }
 * @example checkOrgCode('100000040') // { ok: true } (mod 0 → check 0)
 */
export function checkOrgCode(value: string): OrgCodeCheck {
  let compact: string;
  if (value.length === 9) {
    compact = value;
  } else if (value.length === 10) {
    if (value[8] !== '-') return { ok: false, problem: 'characters' };
    compact = value.slice(0, 8) + value.slice(9);
  } else {
    return { ok: false, problem: 'length' };
  }

  const body = compact.slice(0, 8);
  const checkChar = compact[8] ?? '';
  if (!BODY.test(body) || !/^[0-9X]$/.test(checkChar)) return { ok: false, problem: 'characters' };

  const expectedCheckChar = orgCodeCheckChar(body);
  if (checkChar !== expectedCheckChar) return { ok: false, problem: 'checksum', expectedCheckChar };
  return { ok: true };
}
