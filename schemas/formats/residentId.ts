/**
 * 公民身份号码 (居民身份证号码), GB 11643-1999, and the two documents that reuse its algorithm:
 * 港澳台居民居住证 (address codes 810000 / 820000 / 830000) and the 2023 外国人永久居留身份证
 * (first digit 9). See DOMAIN.md §5.1.
 *
 * Layout (18 characters): `AAAAAA YYYYMMDD SSS C` — address code, birth date, sequence (17th digit odd =
 * male, even = female), ISO 7064 MOD 11-2 check character (`0`–`9` or `X`).
 */

import { isCivilDate, todayInShanghai } from './civilDate.ts';
import { removeWhitespace, toHalfWidth } from './text.ts';

/**
 * Which document the number was entered for. The three share the layout and the check character; they
 * differ only in the leading digits:
 * - `'resident-id'`: 居民身份证 — any leading digits except those of the two others;
 * - `'residence-permit'`: 港澳台居民居住证 — address code starting 81 (香港), 82 (澳门) or 83 (台湾);
 * - `'permanent-residence'`: 外国人永久居留身份证, 2023 version — first digit 9.
 */
export type ResidentIdDocumentType = 'resident-id' | 'residence-permit' | 'permanent-residence';

/**
 * Why a number was rejected, in the order the checks run (the first failing check is reported):
 * - `'length'`: not exactly 18 characters (15-digit legacy numbers included, see `upgradeLegacyResidentId`);
 * - `'characters'`: not 17 digits followed by a digit or an uppercase `X`;
 * - `'date'`: characters 7–14 are not a real calendar date;
 * - `'future-date'`: the birth date is after `today`;
 * - `'checksum'`: the 18th character is not the MOD 11-2 check character (`expectedCheckChar` says which is);
 * - `'document-type'`: the number is valid but belongs to another document type (`detectedDocumentType`).
 */
export type ResidentIdProblem = 'length' | 'characters' | 'date' | 'future-date' | 'checksum' | 'document-type';

/** Result of `checkResidentId`: what the number says when valid, the first problem found otherwise. */
export type ResidentIdCheck =
  | { ok: true; birthDate: string; sex: 'male' | 'female' }
  | {
      ok: false;
      problem: ResidentIdProblem;
      /** Only for `'checksum'`: the check character the first 17 characters call for. */
      expectedCheckChar?: string;
      /** Only for `'document-type'`: the document type the number's leading digits belong to. */
      detectedDocumentType?: ResidentIdDocumentType;
    };

/** Options of `checkResidentId`. */
export interface ResidentIdOptions {
  /** The document the applicant says the number is from. Default `'resident-id'`. */
  documentType?: ResidentIdDocumentType;
  /**
   * The civil date (`YYYY-MM-DD`) a birth date may not be after. Default: today in Asia/Shanghai.
   * Pass it for reproducible results.
   */
  today?: string;
}

/** `W_i = 2^(18−i) mod 11` for i = 1..17 (GB 11643-1999). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Check character indexed by `S mod 11`, i.e. `(12 − S mod 11) mod 11` with 10 written `X`. */
const CHECK_CHARS = '10X98765432';

const SEVENTEEN_DIGITS = /^[0-9]{17}$/;
const SHAPE = /^[0-9]{17}[0-9X]$/;

/**
 * Computes the MOD 11-2 check character (`'0'`–`'9'` or `'X'`) for the first 17 digits of a number.
 *
 * @param body - exactly 17 ASCII digits
 * @throws RangeError if `body` is not 17 digits (a programming error, not a user input problem).
 */
export function residentIdCheckChar(body: string): string {
  if (!SEVENTEEN_DIGITS.test(body)) {
    throw new RangeError('residentIdCheckChar: expected exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += (body.charCodeAt(i) - 48) * WEIGHTS[i]!;
  }
  return CHECK_CHARS[sum % 11]!;
}

/**
 * The document type a number's leading digits belong to: first digit 9 → `'permanent-residence'`,
 * first two digits 81/82/83 → `'residence-permit'`, anything else → `'resident-id'`.
 *
 * Only the prefix is looked at (no other validation), so the runtime can say "this looks like a
 * 居住证 number" even before the rest is typed.
 */
export function residentIdDocumentType(value: string): ResidentIdDocumentType {
  if (value.startsWith('9')) return 'permanent-residence';
  if (value.startsWith('81') || value.startsWith('82') || value.startsWith('83')) return 'residence-permit';
  return 'resident-id';
}

/**
 * Cleans up what a citizen typed or pasted before it is checked and stored: trims, removes all spaces
 * (including the full-width space U+3000), folds full-width digits and letters to half-width, and writes
 * a lowercase `x` as `X`.
 *
 * Nothing else is changed (no letters are guessed into digits), so invalid input stays invalid.
 *
 * @example normalizeResidentId(' 44011320141005001x ') // '44011320141005001X'
 * @example normalizeResidentId('４４０１０６１９９００３０７００６０') // '440106199003070060'
 */
export function normalizeResidentId(input: string): string {
  return removeWhitespace(toHalfWidth(input)).replace(/x/g, 'X');
}

/**
 * Checks a 身份证-style number exactly as given (no normalising: call `normalizeResidentId` first).
 *
 * Exactness matters because the JSON Schema format built on this must reject a lowercase `x`: the stored
 * submission should carry the canonical form. Checks run in the order of `ResidentIdProblem`; the
 * document type is checked last so that a mistyped number gets a checksum message, and a correct number
 * entered under the wrong document type gets a document-type message.
 *
 * The address code is not looked up: codes are retired and renamed, so an unknown code does not make an
 * ID invalid (DOMAIN.md §5.1).
 *
 * @throws RangeError if `options.today` is given and is not a valid `YYYY-MM-DD` date.
 */
export function checkResidentId(value: string, options: ResidentIdOptions = {}): ResidentIdCheck {
  const documentType = options.documentType ?? 'resident-id';
  const today = options.today ?? todayInShanghai();
  if (!isCivilDate(today)) {
    throw new RangeError(`checkResidentId: options.today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  }

  if (value.length !== 18) return { ok: false, problem: 'length' };
  if (!SHAPE.test(value)) return { ok: false, problem: 'characters' };

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCivilDate(birthDate)) return { ok: false, problem: 'date' };
  // Same-length YYYY-MM-DD strings compare like the dates they denote.
  if (birthDate > today) return { ok: false, problem: 'future-date' };

  const expectedCheckChar = residentIdCheckChar(value.slice(0, 17));
  if (value[17] !== expectedCheckChar) return { ok: false, problem: 'checksum', expectedCheckChar };

  const detectedDocumentType = residentIdDocumentType(value);
  if (detectedDocumentType !== documentType) {
    return { ok: false, problem: 'document-type', detectedDocumentType };
  }

  const sequenceLastDigit = value.charCodeAt(16) - 48;
  return { ok: true, birthDate, sex: sequenceLastDigit % 2 === 1 ? 'male' : 'female' };
}

/**
 * Converts a 15-digit legacy 身份证 number (`AAAAAA YYMMDD SSS`, issued before 1999 with no check
 * character) into its 18-character form: inserts `19` before the two-digit year and appends the check
 * character.
 *
 * Only for service items that explicitly accept legacy numbers; `checkResidentId` itself rejects 15
 * characters with `'length'`.
 *
 * @returns the 18-character number, or `null` if `fifteen` is not 15 digits or its date is not real.
 * @example upgradeLegacyResidentId('110105491231002') // '11010519491231002X'
 */
export function upgradeLegacyResidentId(fifteen: string): string | null {
  if (!/^[0-9]{15}$/.test(fifteen)) return null;
  const body = `${fifteen.slice(0, 6)}19${fifteen.slice(6)}`;
  const birthDate = `${body.slice(6, 10)}-${body.slice(10, 12)}-${body.slice(12, 14)}`;
  if (!isCivilDate(birthDate)) return null;
  return body + residentIdCheckChar(body);
}
