/**
 * Submission validation for back ends: one ajv 2020 instance per package (no `$id` clashes between items or
 * versions), cached by the package hash.
 *
 * ajv turns the package schema into one generated function whose local variables grow with the graph. Past a few
 * thousand nodes (4,000 in bench/compileScaling.mjs) that function's frame no longer fits Node's default stack
 * and every call throws `RangeError: Maximum call stack size exceeded`. Then, and only then, the submission is
 * validated by the runtime engine's validator (runtime/engine/validate.ts): it reads the package's flow instead of
 * generating code and gives the same verdict as ajv on the package schema (a differential property test checks
 * it), with its own citizen-worded messages and the same error codes.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { ManifestMaterial, MaterialVariant, ServicePackage } from '../../schemas/index.ts';
import { incompleteError, mapAjvErrors, notEligibleError, sortBySpecificity, type Both, type MappingContext, type SubmissionError } from './errors.ts';
import { registerBanshiFormats } from './formats.ts';
import { indexPlaces, type Locale } from './labels.ts';
import { validateSubmission as validateWithEngine } from '../engine/validate.ts';

export interface ValidateOptions {
  /** Language of the messages; zh-CN by default. */
  readonly locale?: Locale;
}

export interface SubmissionResult {
  readonly valid: boolean;
  /** De-duplicated, most specific first. Empty when valid. */
  readonly errors: SubmissionError[];
}

export interface SubmissionValidator {
  readonly pkg: ServicePackage;
  validate(data: unknown, options?: ValidateOptions): SubmissionResult;
  /** The manifest entries (一次性告知) that apply to these answers, in manifest order. */
  materialsFor(answers: unknown): ManifestMaterial[];
}

type SchemaObject = Record<string, unknown> & { $id?: string; $defs?: Record<string, unknown>; allOf?: unknown[] };

interface Compiled {
  /** Shapes plus required/forbidden per reachability class: everything except eligibility and completeness. */
  readonly checks: ValidateFunction;
  readonly eligible?: ValidateFunction;
  readonly complete?: ValidateFunction;
  readonly exits: readonly { reach: ValidateFunction; reason?: Both }[];
  readonly materials: readonly { material: ManifestMaterial; reach?: ValidateFunction }[];
  readonly context: Omit<MappingContext, 'valueAt'>;
  /**
   * ajv's function for this package overflowed the stack once: told in the process's warnings then, and its
   * submissions go to the engine straight away afterwards instead of overflowing again each time.
   */
  overflows?: boolean;
}

const CACHE_LIMIT = 64;
const byHash = new Map<string, Compiled>();
const byObject = new WeakMap<object, Compiled>();

const isRef = (entry: unknown, target: string): boolean =>
  typeof entry === 'object' && entry !== null && (entry as { $ref?: unknown }).$ref === target;

/** Whether every `$ref` string in a schema passes `test` (a plain walk; schemas are JSON). */
function everyRef(schema: unknown, test: (ref: string) => boolean): boolean {
  if (Array.isArray(schema)) return schema.every((item) => everyRef(item, test));
  if (typeof schema !== 'object' || schema === null) return true;
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' ? !test(value) : !everyRef(value, test)) return false;
  }
  return true;
}

function compilePackage(pkg: ServicePackage): Compiled {
  if (typeof pkg !== 'object' || pkg === null || typeof pkg.schema !== 'object' || pkg.schema === null) {
    throw new TypeError('createValidator: expected a Banshi service package with a `schema` object');
  }
  const ajv = registerBanshiFormats(new Ajv2020({ strict: true, allErrors: true, ownProperties: true }));
  const original = pkg.schema as unknown as SchemaObject;
  const id = original.$id ?? `urn:banshi:anonymous:${pkg.id ?? 'package'}:${pkg.hash ?? Date.now()}`;
  // The package schema without its eligible/complete entries: their failures come back as one error each instead
  // of the noise ajv reports from inside them. A compiled package's `$ref`s all point into `$defs`, so that schema
  // can be the one root ajv compiles, the definitions resolved in it: compiling a definition compiles its root, and
  // the checks function comes from that same compilation instead of a second one of the whole schema (as long
  // again: 1.7 s more on the first call at 1,000 nodes). A hand-made schema with a `$ref` elsewhere (`#`, into
  // `allOf`) keeps the whole schema as the root of its definitions, and the checks are compiled on their own.
  const checksSchema: SchemaObject = { ...original, $id: id };
  if (Array.isArray(original.allOf)) {
    const allOf = original.allOf.filter((entry) => !isRef(entry, '#/$defs/eligible') && !isRef(entry, '#/$defs/complete'));
    if (allOf.length > 0) checksSchema.allOf = allOf;
    else delete checksSchema.allOf;
  }
  const refsStayInDefs = everyRef(original, (ref) => ref.startsWith('#/$defs/'));
  ajv.addSchema(refsStayInDefs ? checksSchema : { ...original, $id: id });
  const defs = original.$defs ?? {};
  const sub = (name: string): ValidateFunction | undefined =>
    name in defs ? ajv.getSchema(`${id}#/$defs/${name}`) : undefined;
  const { $id: _checksId, ...checksAlone } = checksSchema;
  void _checksId;
  const checks = refsStayInDefs ? ajv.getSchema(id)! : ajv.compile(checksAlone);

  const exits: { reach: ValidateFunction; reason?: Both }[] = [];
  for (const node of pkg.flow?.nodes ?? []) {
    if (node.kind !== 'end' || node.outcome !== 'exit') continue;
    const reach = sub(`reach-${node.id}`);
    if (!reach) continue;
    const text = node.reason ?? node.title;
    exits.push({ reach, ...(text ? { reason: { zh: text['zh-CN'], en: text.en ?? text['zh-CN'] } } : {}) });
  }

  const materials = (pkg.materials ?? []).map((material) => {
    const pointer = material.reachSchema ?? `#/$defs/reach-${material.nodeId}`;
    const name = pointer.startsWith('#/$defs/') ? pointer.slice('#/$defs/'.length) : undefined;
    const reach = name !== undefined ? sub(name) : undefined;
    return { material, ...(reach ? { reach } : {}) };
  });

  const eligible = sub('eligible');
  const complete = sub('complete');
  return {
    checks,
    ...(eligible ? { eligible } : {}),
    ...(complete ? { complete } : {}),
    exits,
    materials,
    context: {
      places: indexPlaces(pkg),
      materialWays: new Map<string, readonly MaterialVariant[]>((pkg.materials ?? []).map((m) => [m.key, m.accepts ?? []])),
    },
  };
}

function compiled(pkg: ServicePackage): Compiled {
  const hash = typeof pkg?.hash === 'string' && pkg.hash !== '' ? pkg.hash : undefined;
  const cached = hash ? byHash.get(hash) : byObject.get(pkg);
  if (cached) return cached;
  const fresh = compilePackage(pkg);
  if (hash) {
    if (byHash.size >= CACHE_LIMIT) byHash.delete(byHash.keys().next().value!);
    byHash.set(hash, fresh);
  } else {
    byObject.set(pkg, fresh);
  }
  return fresh;
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** ajv's generated code ran out of stack (see the top of this file); anything else is a real failure. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function warnOfOverflow(pkg: ServicePackage): void {
  // Operators see it in the logs: the answer is the same, the messages are the engine's, and a larger
  // `node --stack-size` would let ajv run.
  process.emitWarning(
    `ajv ran out of stack validating a submission of ${String(pkg.id)} (${pkg.flow?.nodes?.length ?? '?'} nodes); validating its submissions with the runtime engine instead (same verdict).`,
    { code: 'BANSHI_AJV_STACK' },
  );
}

/** The runtime engine's verdict and errors (most specific first, as ajv's), for a package too large for ajv. */
function runWithEngine(pkg: ServicePackage, data: unknown, locale: Locale): SubmissionResult {
  const result = validateWithEngine(pkg, data, { locale });
  return { valid: result.valid, errors: sortBySpecificity(result.errors.map(({ code, path, message }) => ({ code, path, message }))) };
}

function run(c: Compiled, pkg: ServicePackage, data: unknown, locale: Locale): SubmissionResult {
  if (c.overflows) return runWithEngine(pkg, data, locale);
  try {
    return runWithAjv(c, data, locale);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    c.overflows = true;
    warnOfOverflow(pkg);
    return runWithEngine(pkg, data, locale);
  }
}

function runWithAjv(c: Compiled, data: unknown, locale: Locale): SubmissionResult {
  const okChecks = c.checks(data) as boolean;
  const context: MappingContext = { ...c.context, valueAt: (pointer) => valueAt(data, pointer) };
  const errors = okChecks ? [] : mapAjvErrors(c.checks.errors ?? [], context, locale);
  if (c.eligible && !(c.eligible(data) as boolean)) {
    const reasons = c.exits.filter((exit) => exit.reach(data) as boolean).flatMap((exit) => (exit.reason ? [exit.reason] : []));
    errors.push(notEligibleError(reasons, locale));
  }
  if (c.complete && !(c.complete(data) as boolean)) errors.push(incompleteError(locale));
  return { valid: errors.length === 0, errors };
}

/**
 * Compiles (once per package hash) a validator for submissions of this package.
 *
 * @example
 *   const validator = createValidator(pkg);
 *   const { valid, errors } = validator.validate(body, { locale: 'en' });
 */
export function createValidator(pkg: ServicePackage, options: ValidateOptions = {}): SubmissionValidator {
  const c = compiled(pkg);
  return {
    pkg,
    validate: (data, validateOptions = {}) => run(c, pkg, data, validateOptions.locale ?? options.locale ?? 'zh-CN'),
    materialsFor: (answers) => c.materials.filter((m) => !m.reach || (m.reach(answers) as boolean)).map((m) => m.material),
  };
}

/** Validates one submission: `{ valid, errors: [{ code, path, message }] }`, messages in zh-CN unless asked. */
export function validateSubmission(pkg: ServicePackage, data: unknown, options: ValidateOptions = {}): SubmissionResult {
  return run(compiled(pkg), pkg, data, options.locale ?? 'zh-CN');
}

/** The materials (一次性告知 list) that apply to the answers given so far. */
export function materialsFor(pkg: ServicePackage, answers: unknown): ManifestMaterial[] {
  return createValidator(pkg).materialsFor(answers);
}
