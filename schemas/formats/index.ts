/**
 * Identifier formats shared by the compiler (JSON Schema `pattern`s and `format`s), the runtime (citizen
 * messages) and back ends (`ajv.addFormat`). Pure functions: no DOM, no Node APIs, no `eval`.
 */

import { isCivilDate } from './civilDate.ts';
import { checkResidentId, residentIdDocumentType } from './residentId.ts';
import { checkUscc } from './uscc.ts';

export { daysInMonth, isCivilDate, todayInShanghai } from './civilDate.ts';
export {
  checkResidentId,
  normalizeResidentId,
  residentIdCheckChar,
  residentIdDocumentType,
  upgradeLegacyResidentId,
} from './residentId.ts';
export type {
  ResidentIdCheck,
  ResidentIdDocumentType,
  ResidentIdOptions,
  ResidentIdProblem,
} from './residentId.ts';
export { checkUscc, normalizeUscc, usccCharset, usccCheckChar, usccRegistrationDepartments } from './uscc.ts';
export type { UsccCheck, UsccProblem } from './uscc.ts';
export { checkOrgCode, orgCodeCheckChar } from './orgCode.ts';
export type { OrgCodeCheck, OrgCodeProblem } from './orgCode.ts';
export { identifierPatterns, normalizeMobileCn } from './patterns.ts';

/** Names of the custom JSON Schema `format`s that compiled service packages use. */
export type BanshiFormatName = 'cn-resident-id' | 'cn-uscc' | 'cn-civil-date';

/**
 * The custom formats, ready to register: `for (const [name, fn] of Object.entries(banshiFormats))
 * ajv.addFormat(name, fn)`.
 *
 * - `cn-resident-id`: a valid 18-character number of **any** of the three document types that share the
 *   GB 11643 algorithm (居民身份证, 港澳台居民居住证 81/82/83, 2023 外国人永久居留身份证 starting 9). A
 *   schema cannot know which document the applicant picked, so it accepts all three; the runtime calls
 *   `checkResidentId` with the chosen `documentType` and shows the 'document-type' message. Exact: a
 *   lowercase `x`, spaces or full-width digits fail (normalise before submitting). The birth date must
 *   not be after today in Asia/Shanghai *at validation time*.
 * - `cn-uscc`: `checkUscc(value).ok` (own check character and embedded 组织机构代码 check).
 * - `cn-civil-date`: `isCivilDate(value)` — a real `YYYY-MM-DD` date, years 1000–9999.
 */
export const banshiFormats: Readonly<Record<BanshiFormatName, (value: string) => boolean>> = Object.freeze({
  'cn-resident-id': (value: string): boolean =>
    checkResidentId(value, { documentType: residentIdDocumentType(value) }).ok,
  'cn-uscc': (value: string): boolean => checkUscc(value).ok,
  'cn-civil-date': (value: string): boolean => isCivilDate(value),
});
