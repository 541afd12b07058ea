/**
 * Reading a service definition, without any I/O or code generation so that the CLI (Node) and the designer
 * (browser, strict CSP) share it: formatVersion handling (with the seam for future migrations) and readable,
 * localized messages for schema errors. The schema validator itself is passed in (see SchemaValidator).
 */
import type { ErrorObject } from 'ajv';
import { CURRENT_FORMAT_VERSION, type ServiceDefinition } from '../../schemas/index.ts';

export interface LocalMessage {
  readonly 'zh-CN': string;
  readonly en: string;
}

export interface DefinitionError {
  /** JSON pointer into the definition ('' for the whole file). */
  readonly path: string;
  readonly message: LocalMessage;
  /** The JSON Schema keyword that failed, or 'formatVersion' for version problems. */
  readonly keyword: string;
}

export type DefinitionCheck =
  | {
      readonly ok: true;
      readonly definition: ServiceDefinition;
      readonly errors: readonly [];
      /** The formatVersion of the file when it was older and has been migrated. */
      readonly migratedFrom?: number | undefined;
    }
  | { readonly ok: false; readonly definition?: undefined; readonly errors: readonly DefinitionError[] };

/**
 * Brings an older definition up to the current format. Version 1 is current, so this is the identity for now;
 * a v2 format adds a step here (v1 → v2) and keeps every older file loadable.
 */
export function migrateDefinition(json: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  if (fromVersion === CURRENT_FORMAT_VERSION) return json;
  throw new RangeError(`no migration from formatVersion ${fromVersion}`);
}

const fail = (errors: DefinitionError[]): DefinitionCheck => ({ ok: false, errors });

/**
 * The schema check itself, injected: the CLI compiles schemas/service.schema.json with ajv at run time, the browser
 * uses the standalone validator generated at build time (generated/validateServiceDefinition.js), because the
 * designer page's CSP forbids the `new Function` that ajv compiles with.
 */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: readonly ErrorObject[] | null };

/** Stand-ins for tests of a future format: the current version and the migration up to it. */
export interface ValidateOptions {
  readonly currentVersion?: number;
  readonly migrate?: (json: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;
}

/** Validates parsed JSON as a service definition (migrating older formats first). */
export function validateDefinition(json: unknown, validate: SchemaValidator, options: ValidateOptions = {}): DefinitionCheck {
  const current = options.currentVersion ?? CURRENT_FORMAT_VERSION;
  const migrate = options.migrate ?? migrateDefinition;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([{
      path: '',
      keyword: 'type',
      message: {
        'zh-CN': `服务定义应当是一个 JSON 对象（{ … }），而不是${describeType(json, 'zh-CN')}。`,
        en: `A service definition must be a JSON object ({ … }), not ${describeType(json, 'en')}.`,
      },
    }]);
  }
  const record = json as Record<string, unknown>;
  if (!Object.hasOwn(record, 'formatVersion')) {
    return fail([{
      path: '/formatVersion',
      keyword: 'formatVersion',
      message: {
        'zh-CN': `缺少 formatVersion：服务定义文件必须声明格式版本，请在开头加上 "formatVersion": ${current}。`,
        en: `Missing formatVersion: a service definition must declare its format version; add "formatVersion": ${current}.`,
      },
    }]);
  }
  const version = record.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail([{
      path: '/formatVersion',
      keyword: 'formatVersion',
      message: {
        'zh-CN': `formatVersion 应当是正整数（当前版本为 ${current}），而不是 ${JSON.stringify(version)}。`,
        en: `formatVersion must be a positive integer (the current version is ${current}), not ${JSON.stringify(version)}.`,
      },
    }]);
  }
  if (version > current) {
    return fail([{
      path: '/formatVersion',
      keyword: 'formatVersion',
      message: {
        'zh-CN': `此文件的格式版本为 ${version}，而当前 Banshi 最高只支持 ${current}：请升级 Banshi 后再打开。`,
        en: `This file uses formatVersion ${version}, but this Banshi supports up to ${current}: upgrade Banshi to open it.`,
      },
    }]);
  }
  const migrated = migrate(record, version);
  const migratedFrom = version < current ? version : undefined;
  if (validate(migrated)) return { ok: true, definition: migrated as unknown as ServiceDefinition, errors: [], migratedFrom };
  return fail(readableErrors(validate.errors ?? [], migrated));
}

function describeType(value: unknown, locale: 'zh-CN' | 'en'): string {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const zh: Record<string, string> = { null: 'null', array: '数组', string: '字符串', number: '数字', boolean: '布尔值', undefined: '空内容' };
  const en: Record<string, string> = { null: 'null', array: 'an array', string: 'a string', number: 'a number', boolean: 'a boolean', undefined: 'nothing' };
  return (locale === 'en' ? en : zh)[type] ?? type;
}

const TYPE_ZH: Record<string, string> = { string: '字符串', number: '数字', integer: '整数', boolean: '布尔值', object: '对象', array: '数组', null: 'null' };
const list = (values: unknown): string =>
  (Array.isArray(values) ? values : [values]).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

/** Summaries that only repeat the errors underneath them. */
const SUMMARIES = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'then', 'else']);

export function readableErrors(errors: readonly ErrorObject[], data?: unknown): DefinitionError[] {
  const out: DefinitionError[] = [];
  const seen = new Set<string>();
  const specific = errors.filter((e) => !SUMMARIES.has(e.keyword));
  for (const error of specific.length > 0 ? specific : errors) {
    const converted = withValue(readable(error), error, data);
    const id = `${converted.path}\u0000${converted.message.en}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(converted);
  }
  // The discriminator repeats the enum error on `kind`.
  return out.filter((e) => e.keyword !== 'discriminator' || !out.some((o) => o !== e && o.path === e.path));
}

/** Quotes the offending value for enum/const/type/pattern errors: “（现为 "yes-or-no"）”. */
function withValue(converted: DefinitionError, error: ErrorObject, data: unknown): DefinitionError {
  if (!['enum', 'const', 'type', 'pattern', 'not'].includes(error.keyword) || data === undefined) return converted;
  let value: unknown = data;
  for (const raw of error.instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return converted;
    value = (value as Record<string, unknown>)[segment];
  }
  const shown = JSON.stringify(value);
  if (shown === undefined || shown.length > 60) return converted;
  const message = converted.message;
  return {
    ...converted,
    message: { 'zh-CN': `${message['zh-CN'].replace(/。$/, '')}（现为 ${shown}）。`, en: `${message.en.replace(/\.$/, '')} (got ${shown}).` },
  };
}

function readable(error: ErrorObject): DefinitionError {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const m = (zh: string, en: string, path = at): DefinitionError => ({ path, keyword: error.keyword, message: { 'zh-CN': zh, en } });
  switch (error.keyword) {
    case 'required':
      return m(`缺少必需的属性 “${String(p.missingProperty)}”。`, `missing required property "${String(p.missingProperty)}".`);
    case 'additionalProperties':
      return m(`不允许的属性 “${String(p.additionalProperty)}”。`, `property "${String(p.additionalProperty)}" is not allowed.`, `${at}/${String(p.additionalProperty)}`);
    case 'enum':
      return m(`应当是以下之一：${list(p.allowedValues)}。`, `must be one of: ${list(p.allowedValues)}.`);
    case 'const':
      return m(`应当等于 ${list(p.allowedValue)}。`, `must be ${list(p.allowedValue)}.`);
    case 'type':
      return m(`类型应为${String(p.type).split(',').map((t) => TYPE_ZH[t] ?? t).join('或')}。`, `must be of type ${String(p.type).split(',').join(' or ')}.`);
    case 'pattern':
      return m(`格式不正确：应匹配 ${String(p.pattern)}。`, `does not match the pattern ${String(p.pattern)}.`);
    case 'format':
      return m(`格式不正确：应为 ${String(p.format)}。`, `must be a valid ${String(p.format)}.`);
    case 'minLength':
      return m(p.limit === 1 ? '不能为空。' : `至少需要 ${String(p.limit)} 个字符。`, p.limit === 1 ? 'must not be empty.' : `must have at least ${String(p.limit)} characters.`);
    case 'maxLength':
      return m(`不能超过 ${String(p.limit)} 个字符。`, `must have at most ${String(p.limit)} characters.`);
    case 'minItems':
      return m(`至少需要 ${String(p.limit)} 项。`, `must have at least ${String(p.limit)} item(s).`);
    case 'maxItems':
      return m(`最多 ${String(p.limit)} 项。`, `must have at most ${String(p.limit)} item(s).`);
    case 'uniqueItems':
      return m(`不能有重复项（第 ${String(p.j)} 项与第 ${String(p.i)} 项相同）。`, `must not contain duplicates (items ${String(p.j)} and ${String(p.i)} are equal).`);
    case 'minimum':
    case 'exclusiveMinimum':
      return m(`应当${error.keyword === 'minimum' ? '不小于' : '大于'} ${String(p.limit)}。`, `must be ${error.keyword === 'minimum' ? '>=' : '>'} ${String(p.limit)}.`);
    case 'maximum':
    case 'exclusiveMaximum':
      return m(`应当${error.keyword === 'maximum' ? '不大于' : '小于'} ${String(p.limit)}。`, `must be ${error.keyword === 'maximum' ? '<=' : '<'} ${String(p.limit)}.`);
    case 'not':
      return m('取了不允许的值（例如 JavaScript 对象的内置名称或保留的键）。', 'uses a value that is not allowed (for example a built-in JavaScript name or a reserved key).');
    case 'discriminator': {
      if (p.error === 'tag' || p.error === 'mapping') {
        return m(`“${String(p.tag)}” 应当是以下之一：start, situation, step, material, end。`, `"${String(p.tag)}" must be one of: start, situation, step, material, end.`, `${at}/${String(p.tag)}`);
      }
      return m(`无法识别的节点种类（${String(p.tag)}）。`, `unrecognised kind (${String(p.tag)}).`);
    }
    default:
      return m(`不符合格式要求（${error.keyword}）：${error.message ?? ''}`, `is invalid (${error.keyword}): ${error.message ?? ''}`);
  }
}
