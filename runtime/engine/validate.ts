/**
 * Submission validation without ajv and without generated code (CSP-safe). It gives the same verdict as a strict
 * ajv 2020-12 (allErrors, ajv-formats 'date' and 'email', Banshi's identifier formats) on the package schema, for
 * any JSON input, because it checks exactly what designer/compiler/fieldSchema.ts, materialSchema.ts and
 * submissionSchema.ts write — but it reads the package's flow instead of the schema, so every error can name
 * the field and say in plain words what to do.
 *
 * Errors are reported once per value: the first failing check of a value wins (a citizen fixes one thing at a
 * time), while every field and every item is still checked.
 */
import type { Field, ManifestMaterial, PackageNode, ServicePackage, UploadRule } from '../../schemas/index.ts';
import {
  banshiFormats,
  checkResidentId,
  checkUscc,
  identifierPatterns,
  residentIdDocumentType,
} from '../../schemas/formats/index.ts';
import { createReachEvaluator, type ReachEvaluator } from './conditions.ts';
import type { SubmissionErrorCode } from '../../schemas/submissionErrors.ts';
import { codePointLength, hasOwn, isJsonObject, jsonEqual, pointer } from './json.ts';
import { localText, message, type Locale, type MessageKey, type MessageParams } from './messages.ts';

/** Stable error codes (the messages may change; these do not). The engine never reports `invalid`. */
export type ValidationErrorCode = Exclude<SubmissionErrorCode, 'invalid'>;

/** One problem with a submission. */
export interface ValidationError {
  readonly code: ValidationErrorCode;
  /** JSON pointer of the value; for `required`, the pointer of the missing property; '' for the whole submission. */
  readonly path: string;
  /** Citizen-facing text in the requested locale. */
  readonly message: string;
  /** The catalogue key the message came from (lets a host re-render it in another locale). */
  readonly messageKey: MessageKey;
}

/** The verdict and its reasons. `valid` is exactly what ajv says about the same data and package schema. */
export interface ValidationResult {
  readonly valid: boolean;
  readonly errors: readonly ValidationError[];
}

/** Options of `validateSubmission`. */
export interface ValidateOptions {
  /** Message language; default zh-CN. */
  readonly locale?: Locale;
  /** Reuse an evaluator (and its memo) across calls, e.g. from a form store. */
  readonly evaluator?: ReachEvaluator;
}

// The same sources the compiler writes into the schema (designer/compiler/fieldSchema.ts, materialSchema.ts).
const FILE_ID = '^[A-Za-z0-9_-]{1,128}$';
const DIVISION = '^[0-9]{6}$';
const LICENCE_ID = '^[A-Za-z0-9._:-]{1,128}$';
const DATE_TIME = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$';
const DEFAULT_ACCEPT: UploadRule['accept'] = ['application/pdf', 'image/jpeg', 'image/png'];
const DEFAULT_MAX_LENGTH = { text: 200, textarea: 2000 } as const;

/**
 * ajv-formats' full-mode 'email' (what `addFormats(ajv)` registers by default), copied from
 * node_modules/ajv-formats/dist/formats.js so the verdicts match. Not the fast-mode regex: the strict ajv the
 * back ends use is built with the default (full) mode.
 */
const AJV_EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const AJV_DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ajv-formats' full-mode 'date' (RFC 3339 full-date): any four-digit year, real month and day. */
export function isRfc3339Date(value: string): boolean {
  const match = AJV_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

/** ajv-formats' full-mode 'email' check. */
export function isAjvEmail(value: string): boolean {
  return AJV_EMAIL.test(value);
}

const patternCache = new Map<string, RegExp | null>();

/** JSON Schema `pattern`: an ECMAScript regex in Unicode mode, unanchored, cached. */
function matches(pattern: string, value: string): boolean {
  let regex = patternCache.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      // ajv refuses to compile such a schema; the lint rejects the pattern first. Accept rather than crash.
      regex = null;
    }
    patternCache.set(pattern, regex);
  }
  return regex === null ? true : regex.test(value);
}

type Path = readonly (string | number)[];

/** Collects errors; one instance per validation. */
class Collector {
  readonly errors: ValidationError[] = [];
  constructor(readonly locale: Locale) {}
  add(code: ValidationErrorCode, path: Path, key: MessageKey, params: MessageParams): false {
    this.errors.push({ code, path: pointer(path), message: message(this.locale, key, params), messageKey: key });
    return false;
  }
}

function requiredKey(field: Field): MessageKey {
  switch (field.type) {
    case 'single-choice':
    case 'multi-choice':
    case 'yes-no':
      return 'required.select';
    case 'file':
      return 'required.upload';
    case 'group':
      return 'required.group';
    default:
      return 'required.enter';
  }
}

function isString(value: unknown, out: Collector, path: Path, label: string): value is string {
  if (typeof value === 'string') return true;
  out.add('type', path, 'type.text', { label });
  return false;
}

/** minLength / maxLength / pattern, in the order a citizen can act on. */
function checkString(
  value: string,
  out: Collector,
  path: Path,
  label: string,
  rule: { minLength?: number; maxLength?: number; pattern?: string; patternKey?: MessageKey; patternReason?: string },
): boolean {
  const length = codePointLength(value);
  if (rule.minLength !== undefined && length < rule.minLength) {
    return rule.minLength === 1
      ? out.add('length', path, 'required.enter', { label })
      : out.add('length', path, 'length.min', { label, min: rule.minLength });
  }
  if (rule.maxLength !== undefined && length > rule.maxLength) {
    return out.add('length', path, 'length.max', { label, max: rule.maxLength });
  }
  if (rule.pattern !== undefined && !matches(rule.pattern, value)) {
    return out.add('pattern', path, rule.patternKey ?? 'pattern.generic', {
      label,
      ...(rule.patternReason !== undefined ? { reason: rule.patternReason } : {}),
    });
  }
  return true;
}

function checkDate(value: unknown, out: Collector, path: Path, label: string): void {
  if (!isString(value, out, path, label)) return;
  if (!matches(identifierPatterns.date, value)) {
    out.add('pattern', path, 'pattern.date', { label });
    return;
  }
  if (!isRfc3339Date(value)) out.add('format', path, 'format.date', { label });
}

function checkItemsCount(
  list: readonly unknown[],
  out: Collector,
  path: Path,
  label: string,
  minItems: number,
  maxItems: number | undefined,
  keys: { min: MessageKey; max: MessageKey },
): void {
  if (list.length < minItems) out.add('items', path, keys.min, { label, min: minItems });
  else if (maxItems !== undefined && list.length > maxItems) out.add('items', path, keys.max, { label, max: maxItems });
}

/** A list of file references, as fieldSchema.ts fileListSchema(rule, required). */
function checkFileList(
  value: unknown,
  out: Collector,
  path: Path,
  label: string,
  rule: UploadRule | undefined,
  required: boolean,
): void {
  if (!Array.isArray(value)) {
    out.add('type', path, 'type.list', { label });
    return;
  }
  const accept = rule?.accept ?? DEFAULT_ACCEPT;
  const maxBytes = Math.floor((rule?.maxSizeMB ?? 10) * 1024 * 1024);
  checkItemsCount(value, out, path, label, required ? 1 : 0, rule?.maxFiles ?? 1, {
    min: 'items.min-files',
    max: 'items.max-files',
  });
  value.forEach((file, index) => {
    const at = [...path, index];
    if (!isJsonObject(file)) {
      out.add('type', at, 'type.object', { label });
      return;
    }
    const fileName = typeof file.name === 'string' && file.name !== '' ? file.name : label;
    checkClosedObject(file, ['id', 'name', 'size', 'mediaType'], out, at, label);
    if (hasOwn(file, 'id') && isString(file.id, out, [...at, 'id'], label)) {
      checkString(file.id, out, [...at, 'id'], fileName, { pattern: FILE_ID, patternKey: 'pattern.file-id' });
    }
    if (hasOwn(file, 'name') && isString(file.name, out, [...at, 'name'], label)) {
      checkString(file.name, out, [...at, 'name'], label, { minLength: 1, maxLength: 255 });
    }
    if (hasOwn(file, 'size')) {
      const size = file.size;
      if (typeof size !== 'number' || !Number.isInteger(size)) out.add('type', [...at, 'size'], 'type.integer', { label });
      else if (size < 1) out.add('range', [...at, 'size'], 'range.file-empty', { label, fileName });
      else if (size > maxBytes) {
        out.add('range', [...at, 'size'], 'range.file-size', { label, fileName, max: rule?.maxSizeMB ?? 10 });
      }
    }
    if (hasOwn(file, 'mediaType') && !accept.some((type) => jsonEqual(type, file.mediaType))) {
      out.add('enum', [...at, 'mediaType'], 'enum.file-type', { label, fileName, accept: acceptNames(accept) });
    }
  });
}

function acceptNames(accept: readonly string[]): string {
  const names: Record<string, string> = {
    'application/pdf': 'PDF',
    'image/jpeg': 'JPG',
    'image/png': 'PNG',
    'image/heic': 'HEIC',
    'application/ofd': 'OFD',
  };
  return accept.map((type) => names[type] ?? type).join('/');
}

/** `required` + `additionalProperties: false` of an object whose properties are all listed in `allowed`. */
function checkClosedObject(
  object: Record<string, unknown>,
  required: readonly string[],
  out: Collector,
  path: Path,
  label: string,
  allowed: readonly string[] = required,
  requiredReported = false,
): void {
  if (!requiredReported) {
    for (const key of required) {
      if (!hasOwn(object, key)) out.add('required', [...path, key], 'required.enter', { label });
    }
  }
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) out.add('not-allowed', [...path, key], 'not-allowed.unknown', { label: key });
  }
}

/** The value of one field, as fieldSchema.ts fieldSchema(field). */
function checkField(field: Field, value: unknown, out: Collector, path: Path): void {
  const label = localText(field.label, out.locale);
  const required = field.required === true;
  switch (field.type) {
    case 'text':
    case 'textarea': {
      if (!isString(value, out, path, label)) return;
      const minLength = Math.max(field.minLength ?? 0, required ? 1 : 0);
      const patternReason = field.patternMessage ? localText(field.patternMessage, out.locale) : undefined;
      checkString(value, out, path, label, {
        ...(minLength > 0 ? { minLength } : {}),
        maxLength: field.maxLength ?? DEFAULT_MAX_LENGTH[field.type],
        ...(field.pattern ? { pattern: field.pattern } : {}),
        ...(patternReason !== undefined ? { patternKey: 'pattern.custom', patternReason } : {}),
      });
      return;
    }
    case 'number':
    case 'integer': {
      const ok = typeof value === 'number' && Number.isFinite(value) && (field.type === 'number' || Number.isInteger(value));
      if (!ok) {
        out.add('type', path, field.type === 'integer' ? 'type.integer' : 'type.number', { label });
        return;
      }
      if (field.minimum !== undefined && value < field.minimum) out.add('range', path, 'range.min', { label, min: field.minimum });
      else if (field.maximum !== undefined && value > field.maximum) {
        out.add('range', path, 'range.max', { label, max: field.maximum });
      }
      return;
    }
    case 'date':
      checkDate(value, out, path, label);
      return;
    case 'single-choice':
      if (typeof value !== 'string') out.add('type', path, 'type.choice', { label });
      else if (!(field.options ?? []).some((o) => o.value === value)) out.add('enum', path, 'enum.choice', { label });
      return;
    case 'multi-choice': {
      if (!Array.isArray(value)) {
        out.add('type', path, 'type.multi', { label });
        return;
      }
      const options = (field.options ?? []).map((o) => o.value);
      let itemsOk = true;
      value.forEach((item, index) => {
        if (typeof item !== 'string') itemsOk = out.add('type', [...path, index], 'type.choice', { label });
        else if (!options.includes(item)) itemsOk = out.add('enum', [...path, index], 'enum.choice', { label });
      });
      if (!itemsOk) return;
      if (new Set(value).size !== value.length) {
        out.add('items', path, 'items.unique', { label });
        return;
      }
      const minItems = Math.max(field.minItems ?? 0, required ? 1 : 0);
      if (value.length < minItems) {
        out.add('items', path, minItems === 1 ? 'required.select' : 'items.min-select', { label, min: minItems });
      } else if (field.maxItems !== undefined && value.length > field.maxItems) {
        out.add('items', path, 'items.max-select', { label, max: field.maxItems });
      }
      return;
    }
    case 'yes-no':
      if (typeof value !== 'boolean') out.add('type', path, 'type.yes-no', { label });
      return;
    case 'email':
      if (!isString(value, out, path, label)) return;
      if (!checkString(value, out, path, label, { maxLength: 254, pattern: identifierPatterns.email, patternKey: 'pattern.email' })) return;
      if (!isAjvEmail(value)) out.add('format', path, 'format.email', { label });
      return;
    case 'mobile-cn':
      if (isString(value, out, path, label)) {
        checkString(value, out, path, label, { pattern: identifierPatterns.mobileCn, patternKey: 'pattern.mobile' });
      }
      return;
    case 'postal-code-cn':
      if (isString(value, out, path, label)) {
        checkString(value, out, path, label, { pattern: identifierPatterns.postalCodeCn, patternKey: 'pattern.postal' });
      }
      return;
    case 'id-card-cn':
      checkResidentIdValue(value, out, path, label);
      return;
    case 'uscc-cn': {
      if (!isString(value, out, path, label)) return;
      if (!checkString(value, out, path, label, { pattern: identifierPatterns.uscc, patternKey: 'pattern.uscc' })) return;
      if (!banshiFormats['cn-uscc'](value)) {
        const check = checkUscc(value);
        const problem = check.ok ? 'checksum' : check.problem;
        const key: MessageKey =
          problem === 'registration-department' ? 'uscc.registration-department'
          : problem === 'org-code-checksum' ? 'uscc.org-code-checksum'
          : problem === 'checksum' ? 'uscc.checksum'
          : 'pattern.uscc';
        out.add('format', path, key, { label });
      }
      return;
    }
    case 'address-cn': {
      if (!isJsonObject(value)) {
        out.add('type', path, 'type.object', { label });
        return;
      }
      checkClosedObject(value, ['province', 'city', 'detail'], out, path, label, ['province', 'city', 'district', 'detail']);
      for (const part of ['province', 'city', 'district'] as const) {
        if (hasOwn(value, part) && isString(value[part], out, [...path, part], label)) {
          checkString(value[part], out, [...path, part], label, { pattern: DIVISION, patternKey: 'pattern.division' });
        }
      }
      if (hasOwn(value, 'detail') && isString(value.detail, out, [...path, 'detail'], label)) {
        checkString(value.detail, out, [...path, 'detail'], label, { minLength: 1, maxLength: 200 });
      }
      return;
    }
    case 'file':
      checkFileList(value, out, path, label, field.upload, required);
      return;
    case 'group': {
      if (!Array.isArray(value)) {
        out.add('type', path, 'type.list', { label });
        return;
      }
      value.forEach((item, index) => checkFieldObject(field.fields ?? [], item, out, [...path, index], label));
      const minItems = Math.max(field.minItems ?? 0, required ? 1 : 0);
      checkItemsCount(value, out, path, label, minItems, field.maxItems, { min: 'items.min-group', max: 'items.max-group' });
      return;
    }
  }
}

function checkResidentIdValue(value: unknown, out: Collector, path: Path, label: string): void {
  if (!isString(value, out, path, label)) return;
  // The schema accepts the three document types sharing the algorithm, so the check uses the detected type.
  const check = checkResidentId(value, { documentType: residentIdDocumentType(value) });
  if (!matches(identifierPatterns.residentId, value)) {
    const problem = check.ok ? 'characters' : check.problem;
    out.add('pattern', path, problem === 'length' ? 'resident-id.length' : 'resident-id.characters', { label });
    return;
  }
  if (!banshiFormats['cn-resident-id'](value)) {
    const problem = check.ok ? 'checksum' : check.problem;
    const key: MessageKey =
      problem === 'date' ? 'resident-id.date'
      : problem === 'future-date' ? 'resident-id.future-date'
      : problem === 'document-type' ? 'resident-id.document-type'
      : 'resident-id.checksum';
    out.add('format', path, key, { label });
  }
}

/** An object of fields (a step's data or a group item), as fieldSchema.ts objectSchema(fields). */
function checkFieldObject(fields: readonly Field[], value: unknown, out: Collector, path: Path, label: string): void {
  if (!isJsonObject(value)) {
    out.add('type', path, 'type.object', { label });
    return;
  }
  const byKey = new Map(fields.map((field) => [field.key, field]));
  for (const field of fields) {
    if (hasOwn(value, field.key)) checkField(field, value[field.key], out, [...path, field.key]);
    else if (field.required) out.add('required', [...path, field.key], requiredKey(field), { label: localText(field.label, out.locale) });
  }
  for (const key of Object.keys(value)) {
    if (!byKey.has(key)) out.add('not-allowed', [...path, key], 'not-allowed.unknown', { label: key });
  }
}

/** A material's value, as materialSchema.ts materialValueSchema(material). */
function checkMaterial(material: ManifestMaterial, value: unknown, out: Collector, path: Path): void {
  const label = localText(material.name, out.locale);
  if (!isJsonObject(value)) {
    out.add('type', path, 'type.object', { label });
    return;
  }
  if (!hasOwn(value, 'type')) {
    out.add('required', [...path, 'type'], 'required.material', { label });
    return;
  }
  const variant = material.accepts.find((accepted) => jsonEqual(accepted, value.type));
  if (variant === undefined) {
    out.add('material-way', [...path, 'type'], 'material-way', { label });
    return;
  }
  const extra = { upload: 'files', eLicence: 'licenceId', deferred: 'dueDate', commitment: 'signedAt' } as const;
  const property = variant === 'sharedData' || variant === 'paper' ? undefined : extra[variant];
  if (property !== undefined && !hasOwn(value, property)) {
    // The way is chosen but not completed: say what is still to do (upload the file, tick the promise, …).
    const todo = { upload: 'required.upload', eLicence: 'pattern.licence-id', deferred: 'required.deferral', commitment: 'required.commitment' } as const;
    out.add('required', [...path, property], todo[variant as keyof typeof todo], { label });
  }
  checkClosedObject(value, property ? ['type', property] : ['type'], out, path, label, property ? ['type', property] : ['type'], true);
  if (property === undefined || !hasOwn(value, property)) return;
  const at = [...path, property];
  const inner = value[property];
  switch (variant) {
    case 'upload':
      checkFileList(inner, out, at, label, material.upload, true);
      return;
    case 'eLicence':
      if (isString(inner, out, at, label)) checkString(inner, out, at, label, { pattern: LICENCE_ID, patternKey: 'pattern.licence-id' });
      return;
    case 'deferred':
      checkDate(inner, out, at, label);
      return;
    case 'commitment':
      if (isString(inner, out, at, label)) checkString(inner, out, at, label, { pattern: DATE_TIME, patternKey: 'pattern.signed-at' });
      return;
  }
}

/**
 * Checks one field's value on its own (type and constraints; not reachability). Used for drafts and for
 * checking a field as the citizen leaves it.
 */
export function validateFieldValue(field: Field, value: unknown, options: { locale?: Locale; path?: readonly (string | number)[] } = {}): ValidationError[] {
  const out = new Collector(options.locale ?? 'zh-CN');
  checkField(field, value, out, options.path ?? []);
  return out.errors;
}

/**
 * Checks one material's value against its manifest entry (accepted ways and the variant's shape).
 */
export function validateMaterialValue(material: ManifestMaterial, value: unknown, options: { locale?: Locale } = {}): ValidationError[] {
  const out = new Collector(options.locale ?? 'zh-CN');
  checkMaterial(material, value, out, ['materials', material.key]);
  return out.errors;
}

/** What validateSubmission reads from a package on every call, worked out once per package. */
interface ValidationPlan {
  /** Manifest entries by material node id. */
  readonly manifest: ReadonlyMap<string, ManifestMaterial>;
  readonly materialNodes: readonly Extract<PackageNode, { kind: 'material' }>[];
  /** The submission's allowed top-level keys: situation and step keys, and `materials` when there are any. */
  readonly known: ReadonlySet<string>;
  readonly materialKeys: ReadonlySet<string>;
}

/** Packages are compiled artefacts, never changed in place: a back end validating per request reuses the plan. */
const plans = new WeakMap<ServicePackage, ValidationPlan>();

function planOf(pkg: ServicePackage): ValidationPlan {
  let plan = plans.get(pkg);
  if (plan) return plan;
  const nodes = pkg.flow.nodes as PackageNode[];
  const materialNodes = nodes.filter((node): node is Extract<PackageNode, { kind: 'material' }> => node.kind === 'material');
  const known = new Set<string>();
  for (const node of nodes) if (node.kind === 'situation' || node.kind === 'step') known.add(node.key);
  if (materialNodes.length > 0) known.add('materials');
  plan = {
    manifest: new Map(pkg.materials.map((m) => [m.nodeId, m])),
    materialNodes,
    known,
    materialKeys: new Set(materialNodes.map((node) => node.key)),
  };
  plans.set(pkg, plan);
  return plan;
}

/**
 * Validates a whole submission against a package: the same verdict as ajv on `pkg.schema`, with citizen
 * messages. Never throws, whatever JSON `data` is.
 */
export function validateSubmission(pkg: ServicePackage, data: unknown, options: ValidateOptions = {}): ValidationResult {
  const out = new Collector(options.locale ?? 'zh-CN');
  if (!isJsonObject(data)) {
    out.add('type', [], 'type.submission', { label: '' });
    return { valid: false, errors: out.errors };
  }
  const evaluator = options.evaluator ?? createReachEvaluator(pkg);
  const reached = (id: string): boolean => evaluator.reached(id, data);
  const { manifest, materialNodes, known, materialKeys } = planOf(pkg);
  const nodes = pkg.flow.nodes as PackageNode[];

  let exitReached: PackageNode | undefined;
  let submitReached = false;
  for (const node of nodes) {
    switch (node.kind) {
      case 'situation': {
        const field = node.field;
        const label = localText(field.label, out.locale);
        const present = hasOwn(data, node.key);
        if (!reached(node.id)) {
          if (present) out.add('not-allowed', [node.key], 'not-allowed.answer', { label });
        } else if (present) checkField(field, data[node.key], out, [node.key]);
        else out.add('required', [node.key], 'required.answer', { label });
        break;
      }
      case 'step': {
        const present = hasOwn(data, node.key);
        const title = localText(node.title, out.locale);
        if (!reached(node.id)) {
          if (present) out.add('not-allowed', [node.key], 'not-allowed.answer', { label: title });
        } else if (present) checkFieldObject(node.fields, data[node.key], out, [node.key], title);
        else {
          // The step object is missing: report each required field, the properties the citizen has to fill in.
          for (const field of node.fields) {
            if (field.required) {
              out.add('required', [node.key, field.key], requiredKey(field), { label: localText(field.label, out.locale) });
            }
          }
        }
        break;
      }
      case 'end':
        if (reached(node.id)) {
          if (node.outcome === 'exit') exitReached ??= node;
          else submitReached = true;
        }
        break;
      case 'material':
        break;
    }
  }

  for (const key of Object.keys(data)) {
    if (!known.has(key)) out.add('not-allowed', [key], 'not-allowed.unknown', { label: key });
  }

  if (materialNodes.length > 0) {
    const present = hasOwn(data, 'materials');
    const materials = data.materials;
    if (present && !isJsonObject(materials)) {
      out.add('type', ['materials'], 'type.object', { label: message(out.locale, 'required.material', { label: '' }) });
    } else {
      const given = isJsonObject(materials) ? materials : {};
      for (const node of materialNodes) {
        const entry = manifest.get(node.id);
        const label = entry ? localText(entry.name, out.locale) : node.key;
        const has = hasOwn(given, node.key);
        if (!reached(node.id)) {
          if (has) out.add('not-allowed', ['materials', node.key], 'not-allowed.answer', { label });
        } else if (has) {
          if (entry) checkMaterial(entry, given[node.key], out, ['materials', node.key]);
        } else if (entry?.necessity !== 'optional') {
          out.add('required', ['materials', node.key], 'required.material', { label });
        }
      }
      for (const key of Object.keys(given)) {
        if (!materialKeys.has(key)) out.add('not-allowed', ['materials', key], 'not-allowed.unknown', { label: key });
      }
    }
  }

  if (exitReached && exitReached.kind === 'end') {
    const reason = exitReached.reason ? localText(exitReached.reason, out.locale) : undefined;
    out.add('not-eligible', [], 'not-eligible', { label: '', ...(reason ? { reason } : {}) });
  }
  if (!submitReached) out.add('incomplete', [], 'incomplete', { label: '' });
  return { valid: out.errors.length === 0, errors: out.errors };
}
