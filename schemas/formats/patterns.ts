/**
 * The structural regular expressions the compiler writes into JSON Schema `pattern`s.
 *
 * Every JSON Schema validator (ajv, @cfworker/json-schema, back ends in other languages) checks these, so
 * they must be valid ECMAScript in `u` mode and cannot backtrack badly on hostile input: no quantified
 * groups at all, hence no nested quantifiers. Checksums, calendar dates and document types are not
 * expressible here; the `cn-*` formats (`banshiFormats`) and the runtime add them.
 */

import { removeWhitespace, toHalfWidth } from './text.ts';

/**
 * Pattern sources, keyed by what they match. Strings, not `RegExp`s, because they go into JSON.
 *
 * - `residentId`: 17 digits + digit or uppercase `X` (身份证, 居住证, 2023 永居证);
 * - `uscc`: 统一社会信用代码 shape (no I O S V Z; positions 3–8 digits);
 * - `mobileCn`: mainland mobile, `1` + network digit 3–9 + 9 digits. Carrier segments are not encoded:
 *   new ones keep being added and 携号转网 makes them meaningless;
 * - `postalCodeCn`: 6 digits;
 * - `email`: deliberately loose — one `@`, no spaces, a dot in the domain not at its end. Linear time:
 *   each class excludes the character that ends it, so there is a single way to split the input;
 * - `date`: the `YYYY-MM-DD` shape (the `cn-civil-date` format checks the calendar).
 */
export const identifierPatterns = Object.freeze({
  residentId: '^[0-9]{17}[0-9X]$',
  uscc: '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$',
  mobileCn: '^1[3-9][0-9]{9}$',
  postalCodeCn: '^[0-9]{6}$',
  email: '^[^\\s@]+@[^\\s@.]+\\.[^\\s@]*[^\\s@.]$',
  date: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
} as const);

/** Hyphen-like characters people put between digit groups: ASCII hyphen, ‐ ‑ ‒ – — and the minus sign. */
const DASHES = /[-\u2010-\u2014\u2212]/g;

/**
 * Cleans up a typed mainland mobile number: folds full-width characters, removes spaces and dashes, and
 * strips a leading `+86` or `0086` country code, so `+86 138-0013-8000` becomes `13800138000`.
 *
 * The result is not validated: test it against `identifierPatterns.mobileCn`.
 */
export function normalizeMobileCn(input: string): string {
  const compact = removeWhitespace(toHalfWidth(input)).replace(DASHES, '');
  if (compact.startsWith('+86')) return compact.slice(3);
  if (compact.startsWith('0086')) return compact.slice(4);
  return compact;
}
