/**
 * ajv errors → stable submission error codes with localized messages that name the field by its label.
 * Codes never change meaning: back ends switch on them.
 */
import type { ErrorObject } from 'ajv';
import type { MaterialVariant } from '../../schemas/index.ts';
import { escape, localText, placeFor, type Locale, type PlaceInfo } from './labels.ts';

import type { SubmissionErrorCode } from '../../schemas/submissionErrors.ts';

export type { SubmissionErrorCode };

export interface SubmissionError {
  readonly code: SubmissionErrorCode;
  /** JSON pointer into the submission ('' for the submission as a whole). */
  readonly path: string;
  /** In the requested locale. */
  readonly message: string;
}

/** Most specific first: the order errors are reported in. */
const RANK: readonly SubmissionErrorCode[] = [
  'required', 'not-allowed', 'type', 'material-way', 'enum', 'format', 'pattern', 'range', 'length', 'items', 'invalid',
  'not-eligible', 'incomplete',
];

/** Sorts errors most specific first, in place (stable: equal codes keep their order). */
export function sortBySpecificity<E extends { readonly code: SubmissionErrorCode }>(errors: E[]): E[] {
  return errors.sort((a, b) => RANK.indexOf(a.code) - RANK.indexOf(b.code));
}

/** ajv keywords that only summarise errors reported underneath them. */
const WRAPPERS = new Set(['if', 'anyOf', 'oneOf', 'allOf', '$ref', 'then', 'else']);

export interface MappingContext {
  readonly places: ReadonlyMap<string, PlaceInfo>;
  /** Material key → the variants it accepts. */
  readonly materialWays: ReadonlyMap<string, readonly MaterialVariant[]>;
  /** The submitted value at a JSON pointer (for messages that quote it). */
  readonly valueAt: (pointer: string) => unknown;
}

interface Raw {
  code: SubmissionErrorCode;
  path: string;
  error: ErrorObject;
}

export function mapAjvErrors(errors: readonly ErrorObject[], ctx: MappingContext, locale: Locale): SubmissionError[] {
  const raws: Raw[] = [];
  for (const error of errors) {
    const raw = classify(error, ctx);
    if (raw) raws.push(raw);
  }
  // A wrong type makes every other complaint about the same value noise.
  const typed = new Set(raws.filter((r) => r.code === 'type').map((r) => r.path));
  const seen = new Set<string>();
  const kept: Raw[] = [];
  for (const raw of raws) {
    if (typed.has(raw.path) && raw.code !== 'type') continue;
    const id = `${raw.code}\u0000${raw.path}`;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push(raw);
  }
  sortBySpecificity(kept);
  return kept.map((raw) => ({ code: raw.code, path: raw.path, message: describe(raw, ctx, locale) }));
}

function classify(error: ErrorObject, ctx: MappingContext): Raw | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { code: 'required', path: `${at}/${escape(String(params.missingProperty))}`, error };
    case 'false schema':
      return { code: 'not-allowed', path: at, error };
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return { code: 'not-allowed', path: `${at}/${escape(String(params.additionalProperty ?? params.unevaluatedProperty))}`, error };
    case 'type':
      return { code: 'type', path: at, error };
    case 'format':
      return { code: 'format', path: at, error };
    case 'pattern':
      return { code: 'pattern', path: at, error };
    case 'enum':
    case 'const': {
      const material = /^\/materials\/([^/]+)\/type$/.exec(at);
      if (material && ctx.materialWays.has(unescape(material[1]!))) {
        return { code: 'material-way', path: `/materials/${material[1]}`, error };
      }
      return { code: 'enum', path: at, error };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { code: 'range', path: at, error };
    case 'minLength':
    case 'maxLength':
      return { code: 'length', path: at, error };
    case 'minItems':
    case 'maxItems':
    case 'uniqueItems':
      return { code: 'items', path: at, error };
    default:
      return WRAPPERS.has(error.keyword) ? undefined : { code: 'invalid', path: at, error };
  }
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** zh-CN and en in one place, so a message is never missing in one locale. */
type Both = { zh: string; en: string };
const pick = (both: Both, locale: Locale): string => (locale === 'en' ? both.en : both.zh);

const TYPE_NAMES: Record<string, Both> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是/否', en: 'yes or no (true/false)' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'null' },
};

const FORMAT_NAMES: Record<string, Both> = {
  'cn-resident-id': { zh: '公民身份号码（校验位或出生日期不正确）', en: 'a valid resident ID number (check character or birth date is wrong)' },
  'cn-uscc': { zh: '统一社会信用代码（校验位不正确）', en: 'a valid unified social credit code (check character is wrong)' },
  'cn-civil-date': { zh: '日期（YYYY-MM-DD）', en: 'a real date (YYYY-MM-DD)' },
  date: { zh: '日期（YYYY-MM-DD）', en: 'a real date (YYYY-MM-DD)' },
  email: { zh: '电子邮箱地址', en: 'an email address' },
};

const PATTERN_HINTS: Record<string, Both> = {
  'mobile-cn': { zh: '应为 11 位手机号码', en: 'expected an 11-digit mobile number' },
  'postal-code-cn': { zh: '应为 6 位邮政编码', en: 'expected a 6-digit postal code' },
  'id-card-cn': { zh: '应为 18 位公民身份号码，末位可为 X', en: 'expected an 18-character resident ID number (last may be X)' },
  'uscc-cn': { zh: '应为 18 位统一社会信用代码', en: 'expected an 18-character unified social credit code' },
  date: { zh: '应为 YYYY-MM-DD', en: 'expected YYYY-MM-DD' },
  email: { zh: '应为电子邮箱地址', en: 'expected an email address' },
};

export const WAY_NAMES: Record<MaterialVariant, Both> = {
  sharedData: { zh: '数据共享', en: 'shared data' },
  eLicence: { zh: '电子证照', en: 'e-licence' },
  upload: { zh: '上传电子文件', en: 'upload' },
  commitment: { zh: '告知承诺', en: 'commitment' },
  deferred: { zh: '容缺后补', en: 'deferred' },
  paper: { zh: '纸质材料', en: 'paper' },
};

/** “姓名” / "Name", with the part below the labelled place when the pointer is deeper. */
function nameOf(path: string, ctx: MappingContext, locale: Locale): Both {
  const match = placeFor(ctx.places, path);
  if (!match) {
    if (path === '') return { zh: '提交数据', en: 'The submission' };
    if (path === '/materials') return { zh: '“申请材料”', en: '"Materials"' };
    return { zh: `“${path}”`, en: `"${path}"` };
  }
  const label = localText(match.place.label, locale) || path;
  const prefix: Both = match.place.kind === 'material' ? { zh: '材料', en: 'Material ' } : { zh: '', en: '' };
  const rest: Both = match.rest ? { zh: `（${match.rest}）`, en: ` (${match.rest})` } : { zh: '', en: '' };
  return { zh: `${prefix.zh}“${label}”${rest.zh}`, en: `${prefix.en}"${label}"${rest.en}` };
}

function describe(raw: Raw, ctx: MappingContext, locale: Locale): string {
  const { error, path } = raw;
  const params = error.params as Record<string, unknown>;
  const name = nameOf(path, ctx, locale);
  const match = placeFor(ctx.places, path);
  const field = match && match.rest === '' ? match.place.field : undefined;
  const limit = params.limit as number;
  let text: Both;
  switch (raw.code) {
    case 'required': {
      const kind = match && match.rest === '' ? match.place.kind : undefined;
      text =
        kind === 'material'
          ? { zh: `缺少${name.zh}。`, en: `${name.en} is missing.` }
          : kind === 'situation'
            ? { zh: `${name.zh}尚未回答。`, en: `${name.en} is not answered.` }
            : { zh: `${name.zh}为必填项。`, en: `${name.en} is required.` };
      break;
    }
    case 'not-allowed':
      text =
        error.keyword === 'false schema'
          ? { zh: `${name.zh}不属于本次申请：根据所填情形不需要提供。`, en: `${name.en} does not belong in this application: the answers given do not lead to it.` }
          : {
              zh: `不允许的字段“${String(params.additionalProperty ?? params.unevaluatedProperty)}”（位置 ${path}）。`,
              en: `Unknown field "${String(params.additionalProperty ?? params.unevaluatedProperty)}" is not allowed (at ${path}).`,
            };
      break;
    case 'type': {
      const expected = String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? { zh: t, en: t });
      text = {
        zh: `${name.zh}的类型不对：应为${expected.map((t) => t.zh).join('或')}。`,
        en: `${name.en} has the wrong type: expected ${expected.map((t) => t.en).join(' or ')}.`,
      };
      break;
    }
    case 'format': {
      const format = FORMAT_NAMES[String(params.format)] ?? { zh: `格式 ${String(params.format)}`, en: `format ${String(params.format)}` };
      text = { zh: `${name.zh}不是有效的${format.zh}。`, en: `${name.en} is not ${format.en}.` };
      break;
    }
    case 'pattern': {
      const own = field?.patternMessage;
      const hint = field ? PATTERN_HINTS[field.type] : undefined;
      text = own
        ? { zh: `${name.zh}：${localText(own, 'zh-CN')}`, en: `${name.en}: ${localText(own, 'en')}` }
        : hint
          ? { zh: `${name.zh}的格式不正确：${hint.zh}。`, en: `${name.en} is not in the expected format: ${hint.en}.` }
          : { zh: `${name.zh}的格式不正确。`, en: `${name.en} is not in the expected format.` };
      break;
    }
    case 'enum': {
      const allowed = (error.keyword === 'const' ? [params.allowedValue] : (params.allowedValues as unknown[])) ?? [];
      const label = (value: unknown): Both => {
        const option = field?.options?.find((o) => o.value === value);
        const fallback = JSON.stringify(value);
        return option ? { zh: localText(option.label, 'zh-CN'), en: localText(option.label, 'en') } : { zh: fallback, en: fallback };
      };
      const labels = allowed.map(label);
      text = {
        zh: `${name.zh}应当是以下之一：${labels.map((l) => l.zh).join('、')}。`,
        en: `${name.en} must be one of: ${labels.map((l) => l.en).join(', ')}.`,
      };
      break;
    }
    case 'material-way': {
      const key = unescape(path.slice('/materials/'.length));
      const ways = ctx.materialWays.get(key) ?? [];
      const given = String(ctx.valueAt(`${path}/type`) ?? '');
      text = {
        zh: `${name.zh}不能以“${WAY_NAMES[given as MaterialVariant]?.zh ?? given}”方式提供；可用方式：${ways.map((w) => WAY_NAMES[w].zh).join('、')}。`,
        en: `${name.en} cannot be provided as "${WAY_NAMES[given as MaterialVariant]?.en ?? given}"; accepted: ${ways.map((w) => WAY_NAMES[w].en).join(', ')}.`,
      };
      break;
    }
    case 'range':
      text = {
        minimum: { zh: `${name.zh}不能小于 ${limit}。`, en: `${name.en} must be at least ${limit}.` },
        maximum: { zh: `${name.zh}不能大于 ${limit}。`, en: `${name.en} must be at most ${limit}.` },
        exclusiveMinimum: { zh: `${name.zh}必须大于 ${limit}。`, en: `${name.en} must be greater than ${limit}.` },
        exclusiveMaximum: { zh: `${name.zh}必须小于 ${limit}。`, en: `${name.en} must be less than ${limit}.` },
      }[error.keyword as 'minimum']!;
      break;
    case 'length':
      text =
        error.keyword === 'maxLength'
          ? { zh: `${name.zh}不能超过 ${limit} 个字符。`, en: `${name.en} must be at most ${limit} characters.` }
          : limit === 1
            ? { zh: `${name.zh}不能为空。`, en: `${name.en} must not be empty.` }
            : { zh: `${name.zh}至少需要 ${limit} 个字符。`, en: `${name.en} must be at least ${limit} characters.` };
      break;
    case 'items':
      text =
        error.keyword === 'uniqueItems'
          ? { zh: `${name.zh}中有重复项。`, en: `${name.en} contains duplicates.` }
          : error.keyword === 'maxItems'
            ? { zh: `${name.zh}最多 ${limit} 项。`, en: `${name.en} allows at most ${limit} item(s).` }
            : { zh: `${name.zh}至少需要 ${limit} 项。`, en: `${name.en} needs at least ${limit} item(s).` };
      break;
    default:
      text = { zh: `${name.zh}不符合要求（${error.keyword}）。`, en: `${name.en} is invalid (${error.keyword}).` };
  }
  return pick(text, locale);
}

export function notEligibleError(reasons: readonly Both[], locale: Locale): SubmissionError {
  const text: Both = reasons.length
    ? { zh: `根据所填情形，不符合申请条件：${reasons.map((r) => r.zh).join('；')}`, en: `The answers show the application is not eligible: ${reasons.map((r) => r.en).join('; ')}` }
    : { zh: '根据所填情形，不符合申请条件。', en: 'The answers show the application is not eligible.' };
  return { code: 'not-eligible', path: '', message: pick(text, locale) };
}

export function incompleteError(locale: Locale): SubmissionError {
  return {
    code: 'incomplete',
    path: '',
    message: pick(
      {
        zh: '申请尚未完成：根据所填情形，尚未到达可以提交的环节。',
        en: 'The application is incomplete: the answers given do not lead to a point where it can be submitted.',
      },
      locale,
    ),
  };
}

export type { Both };
