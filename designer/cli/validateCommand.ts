/**
 * `banshi validate <package.json> <data.json|dir>`: submissions against a compiled package. An example's sample
 * file (`{ description, data, expect }`) is checked against its expectation; a directory validates each of its
 * *.json files.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServicePackage } from '../../schemas/index.ts';
import { validateSubmission, type SubmissionResult } from '../../runtime/node/index.ts';
import type { DefinitionError } from './definition.ts';
import { EXIT, msg, problemJson, readJson, reportProblem, type Context, type InputProblem } from './shared.ts';

/** Enough of the package format to validate with: a clear message beats a TypeError deep in ajv. */
function packageErrors(value: unknown): DefinitionError[] {
  const e = (path: string, zh: string, en: string): DefinitionError => ({ path, keyword: 'package', message: msg(zh, en) });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [e('', '服务包应当是一个 JSON 对象。', 'A service package must be a JSON object.')];
  }
  const pkg = value as Record<string, unknown>;
  const errors: DefinitionError[] = [];
  if (pkg.packageFormat !== 1) {
    errors.push(typeof pkg.packageFormat === 'number' && pkg.packageFormat > 1
      ? e('/packageFormat', `服务包格式版本为 ${pkg.packageFormat}，当前 Banshi 只支持 1：请升级 Banshi。`, `packageFormat ${pkg.packageFormat} is newer than this Banshi supports (1): upgrade Banshi.`)
      : e('/packageFormat', '应当等于 1（这是 banshi compile 生成的服务包吗？服务定义 *.service.json 需要先编译）。', 'must be 1 (is this a package from banshi compile? compile a *.service.json definition first).'));
  }
  const schema = pkg.schema as Record<string, unknown> | undefined;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) errors.push(e('/schema', '缺少提交数据的 JSON Schema（应当是对象）。', 'missing the submission JSON Schema (must be an object).'));
  if (!Array.isArray(pkg.materials)) errors.push(e('/materials', '应当是材料清单数组。', 'must be the array of materials.'));
  const nodes = typeof pkg.flow === 'object' && pkg.flow !== null ? (pkg.flow as { nodes?: unknown }).nodes : undefined;
  if (!Array.isArray(nodes)) errors.push(e('/flow', '应当是包含 nodes 数组的对象。', 'must be an object with a nodes array.'));
  else {
    nodes.forEach((node: unknown, i) => {
      const n = typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as { id?: unknown; kind?: unknown }) : undefined;
      if (!n || typeof n.id !== 'string' || typeof n.kind !== 'string') errors.push(e(`/flow/nodes/${i}`, '应当是带 id 和 kind 的节点对象。', 'must be a node object with an id and a kind.'));
    });
  }
  return errors;
}

/** An example's sample file (examples/<id>/samples/*.json): the submission and what validating it must give. */
interface SampleFile {
  readonly data: unknown;
  readonly expect: { readonly valid: boolean; readonly errors?: readonly { readonly path: string; readonly code: string }[] };
}

/** Whether a package's submissions could have `data` or `expect` answers of their own (then no file is a sample). */
function asksForDataOrExpect(pkg: ServicePackage): boolean {
  // packageErrors has checked that every node is an object with an id and a kind, not more.
  return pkg.flow.nodes.some((node) => node.kind !== 'material' && 'key' in node && (node.key === 'data' || node.key === 'expect'));
}

/**
 * A sample file rather than a submission: nothing but `data`, `expect` with a boolean `valid`, and an optional
 * `description` (only asked when the package's submissions cannot have `data` or `expect` answers).
 */
function asSampleFile(value: unknown): SampleFile | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (!keys.includes('data') || !keys.includes('expect') || keys.some((key) => key !== 'data' && key !== 'expect' && key !== 'description')) return undefined;
  const expect = record.expect as Record<string, unknown> | null;
  if (typeof expect !== 'object' || expect === null || typeof expect.valid !== 'boolean') return undefined;
  if (expect.errors !== undefined && !(Array.isArray(expect.errors) && expect.errors.every((e) => typeof e === 'object' && e !== null && typeof (e as { path?: unknown }).path === 'string' && typeof (e as { code?: unknown }).code === 'string'))) return undefined;
  return record as unknown as SampleFile;
}

/** What validating one data file gave. */
type Outcome =
  | { readonly kind: 'problem'; readonly file: string; readonly problem: InputProblem }
  | { readonly kind: 'submission'; readonly file: string; readonly result: SubmissionResult }
  | { readonly kind: 'sample'; readonly file: string; readonly result: SubmissionResult; readonly sample: SampleFile; readonly missing: readonly { path: string; code: string }[]; readonly met: boolean };

const exitOf = (outcome: Outcome): number =>
  outcome.kind === 'problem' ? EXIT.input : outcome.kind === 'sample' ? (outcome.met ? EXIT.ok : EXIT.failed) : outcome.result.valid ? EXIT.ok : EXIT.failed;

/**
 * The data files of a directory: its *.json files, sorted, not recursing (a sample folder is flat). Links are
 * followed (a broken one is listed, and reported as unreadable); dot files, folders named *.json, compiled packages
 * (*.package.json), definitions (*.service.json) and the package being used are left out, so pointing at an
 * example's folder instead of its samples/ does not validate the item's own files as submissions.
 */
async function dataFilesIn(dir: string, packagePath: string): Promise<string[] | undefined> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const names = (await readdir(dir))
    .filter((name) => name.endsWith('.json') && !name.startsWith('.') && !name.endsWith('.package.json') && !name.endsWith('.service.json'))
    .sort();
  const files: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (path === packagePath) continue;
    const target = await stat(path).catch(() => undefined);
    if (target === undefined || target.isFile()) files.push(path);
  }
  return files;
}

export async function runValidate(ctx: Context, packageFile: string, dataTarget: string): Promise<number> {
  const fail = (problem: InputProblem): number => {
    if (ctx.json) ctx.out(JSON.stringify({ ok: false, valid: false, problem: problemJson(ctx, problem) }, null, 2));
    else reportProblem(ctx, problem);
    return EXIT.input;
  };
  const pkgRead = await readJson(ctx, packageFile);
  if (!pkgRead.ok) return fail(pkgRead.problem);
  const errors = packageErrors(pkgRead.value);
  if (errors.length > 0) {
    return fail({
      kind: 'schema',
      file: ctx.abs(packageFile),
      errors,
      message: msg('不是有效的 Banshi 服务包（schemas/package.schema.json）：', 'is not a valid Banshi service package (schemas/package.schema.json):'),
    });
  }
  const pkg = pkgRead.value as ServicePackage;
  // A directory: every data file in it (an example's samples/, a QA engineer's own set), one report.
  const files = await dataFilesIn(ctx.abs(dataTarget), ctx.abs(packageFile));
  if (files !== undefined && files.length === 0) {
    return fail({ kind: 'missing', file: ctx.abs(dataTarget), message: msg(`目录 ${ctx.show(ctx.abs(dataTarget))} 中没有 *.json 文件。`, `No *.json files in ${ctx.show(ctx.abs(dataTarget))}.`) });
  }
  const samplesPossible = !asksForDataOrExpect(pkg);
  const outcomes: Outcome[] = [];
  for (const file of files ?? [ctx.abs(dataTarget)]) {
    const dataRead = await readJson(ctx, file);
    if (!dataRead.ok) {
      if (files === undefined) return fail(dataRead.problem);
      outcomes.push({ kind: 'problem', file, problem: dataRead.problem });
      continue;
    }
    // A QA engineer checking an example's sample: validate its `data` and say whether `expect` holds.
    const sample = samplesPossible ? asSampleFile(dataRead.value) : undefined;
    let result: SubmissionResult;
    try {
      result = validateSubmission(pkg, sample ? sample.data : dataRead.value, { locale: ctx.locale });
    } catch (error) {
      // ajv refuses schemas it cannot compile (strict mode): the package file is at fault, not Banshi.
      return fail({
        kind: 'schema',
        file: ctx.abs(packageFile),
        message: msg(`服务包中的 schema 无法编译：${(error as Error).message}`, `the package's schema does not compile: ${(error as Error).message}`),
      });
    }
    if (!sample) {
      outcomes.push({ kind: 'submission', file, result });
      continue;
    }
    const got = result.errors.map((e) => `${e.code}\u0000${e.path}`);
    const missing = (sample.expect.errors ?? []).filter((e) => !got.includes(`${e.code}\u0000${e.path}`)).map(({ path, code }) => ({ path, code }));
    outcomes.push({ kind: 'sample', file, result, sample, missing, met: result.valid === sample.expect.valid && missing.length === 0 });
  }

  const exit = Math.max(...outcomes.map(exitOf));
  if (files === undefined) {
    const [outcome] = outcomes as [Outcome];
    if (ctx.json) ctx.out(JSON.stringify(outcomeJson(ctx, outcome, false), null, 2));
    else report(ctx, outcome);
    return exit;
  }
  const failing = outcomes.filter((outcome) => exitOf(outcome) !== EXIT.ok).map((outcome) => ctx.show(outcome.file));
  const failed = failing.length;
  if (ctx.json) {
    ctx.out(JSON.stringify({ ok: failed === 0, files: outcomes.map((outcome) => outcomeJson(ctx, outcome, true)) }, null, 2));
    return exit;
  }
  for (const outcome of outcomes) report(ctx, outcome);
  const n = outcomes.length;
  ctx.out(ctx.t(failed === 0
    ? msg(`✓ ${n} 个文件全部通过（样例与预期一致，提交数据有效）。`, n === 1 ? '✓ The file passes (a sample as expected, or a valid submission).' : `✓ All ${n} files pass (samples as expected, submissions valid).`)
    : msg(`✗ ${n} 个文件中有 ${failed} 个未通过：${failing.join('、')}。`, `✗ ${failed} of ${n} file${n === 1 ? '' : 's'} do${failed === 1 ? 'es' : ''} not pass: ${failing.join(', ')}.`)));
  return exit;
}

/** The JSON report of one file: `{ ok, valid, errors, sample? }`, with `file` in a directory's report. */
function outcomeJson(ctx: Context, outcome: Outcome, withFile: boolean): Record<string, unknown> {
  const file = withFile ? { file: ctx.show(outcome.file) } : {};
  if (outcome.kind === 'problem') return { ...file, ok: false, valid: false, problem: problemJson(ctx, outcome.problem) };
  if (outcome.kind === 'submission') return { ...file, ok: outcome.result.valid, valid: outcome.result.valid, errors: outcome.result.errors };
  return {
    ...file,
    ok: outcome.met,
    valid: outcome.result.valid,
    errors: outcome.result.errors,
    sample: { expectedValid: outcome.sample.expect.valid, expectationMet: outcome.met, missingErrors: outcome.missing },
  };
}

/**
 * One file's human report: its errors, then the verdict; for a sample, whether its expectation holds (the same
 * verdict, and every expected `{ path, code }` among the errors).
 */
function report(ctx: Context, outcome: Outcome): void {
  if (outcome.kind === 'problem') {
    reportProblem(ctx, outcome.problem);
    return;
  }
  const file = ctx.show(outcome.file);
  const { result } = outcome;
  if (outcome.kind === 'sample') ctx.out(ctx.t(msg(`${file} 是样例文件：校验其中的 data，并核对 expect。`, `${file} is a sample file: validating its data and checking its expect.`)));
  for (const error of result.errors) ctx.out(`error ${error.code} ${error.path || '/'}: ${error.message}`);
  if (outcome.kind === 'submission') {
    const n = result.errors.length;
    ctx.out(ctx.t(result.valid
      ? msg(`✓ ${file}：提交数据有效。`, `✓ ${file}: the submission is valid.`)
      : msg(`✗ ${file}：提交数据无效，${n} 个错误。`, `✗ ${file}: the submission is invalid, ${n} error${n === 1 ? '' : 's'}.`)));
    return;
  }
  const verdict = (valid: boolean) => ctx.t(valid ? msg('有效', 'valid') : msg('无效', 'invalid'));
  if (result.valid !== outcome.sample.expect.valid) {
    ctx.out(ctx.t(msg(`✗ 与样例预期不符：预期${verdict(outcome.sample.expect.valid)}，实际${verdict(result.valid)}。`, `✗ Not as the sample expects: expected ${verdict(outcome.sample.expect.valid)}, got ${verdict(result.valid)}.`)));
    return;
  }
  for (const e of outcome.missing) ctx.out(ctx.t(msg(`✗ 缺少预期的错误 ${e.code} ${e.path || '/'}。`, `✗ The expected error ${e.code} ${e.path || '/'} was not reported.`)));
  if (outcome.missing.length === 0) ctx.out(ctx.t(msg(`✓ 与样例预期一致：提交数据${verdict(result.valid)}。`, `✓ As the sample expects: the submission is ${verdict(result.valid)}.`)));
}
