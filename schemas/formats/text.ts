/**
 * Small text helpers shared by the identifier normalisers. Internal to `schemas/formats`: the public
 * normalisers (`normalizeResidentId`, `normalizeUscc`, `normalizeMobileCn`) are the API.
 */

/** Offset between a full-width form (U+FF01–U+FF5E) and its ASCII counterpart (U+0021–U+007E). */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Replaces full-width ASCII variants (`０`–`９`, `Ａ`–`Ｚ`, `ａ`–`ｚ`, `＋`, `－` …) with their half-width
 * forms.
 *
 * Chinese input methods in full-width mode produce these, and citizens cannot see the difference, so
 * the normalisers fold them instead of reporting "invalid characters".
 */
export function toHalfWidth(input: string): string {
  return input.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

/**
 * Removes every whitespace character, including the ideographic space U+3000 and no-break spaces.
 *
 * Numbers are often copied from documents that group digits with spaces (`440106 19900307 001X`).
 */
export function removeWhitespace(input: string): string {
  return input.replace(/\s+/g, '');
}
