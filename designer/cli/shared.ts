/** What every command shares: the I/O seam, the locale, exit codes, reading JSON files and reporting problems. */
import { readFile as fsReadFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { DefinitionError, LocalMessage } from './definition.ts';
import { parseJson } from './jsonLocation.ts';

export type Locale = 'zh-CN' | 'en';

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  /** Defaults to process.env; LC_ALL, LC_MESSAGES or LANG starting with "en" selects English. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly readFile?: (path: string) => Promise<string>;
  readonly writeFile?: (path: string, text: string) => Promise<void>;
}

export const EXIT = { ok: 0, failed: 1, usage: 2, input: 3, internal: 70 } as const;

export interface Options {
  readonly json: boolean;
  readonly locale: Locale;
  readonly outDir?: string;
}

export interface Context extends Options {
  readonly io: CliIo;
  /** A message in the chosen locale. */
  t(message: LocalMessage): string;
  out(line: string): void;
  err(line: string): void;
  /** Absolute path of a command-line argument. */
  abs(path: string): string;
  /** How to show a path to the user: relative to cwd when inside it. */
  show(path: string): string;
}

export function makeContext(io: CliIo, options: Options): Context {
  return {
    ...options,
    io,
    t: (message) => (options.locale === 'en' ? message.en : message['zh-CN']),
    out: (line) => void io.stdout.write(`${line}\n`),
    err: (line) => void io.stderr.write(`${line}\n`),
    abs: (path) => (isAbsolute(path) ? path : resolve(io.cwd, path)),
    show: (path) => {
      const rel = relative(io.cwd, path);
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
    },
  };
}

export const msg = (zh: string, en: string): LocalMessage => ({ 'zh-CN': zh, en });

/** A problem with an input file (exit 3): missing, unreadable, malformed JSON or not the expected format. */
export interface InputProblem {
  readonly kind: 'missing' | 'unreadable' | 'json-syntax' | 'schema' | 'format-version';
  readonly file: string;
  readonly message: LocalMessage;
  readonly line?: number;
  readonly column?: number;
  readonly excerpt?: string;
  readonly errors?: readonly DefinitionError[];
}

export type Read<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

/**
 * Larger than any definition, package or submission could be (the largest generated test item, 4,000 nodes, is a
 * 7.6 MB package): such a file is refused before it is read, instead of filling memory and failing obscurely.
 */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

export async function readJson(ctx: Context, file: string): Promise<Read<unknown>> {
  const path = ctx.abs(file);
  let text: string;
  if (!ctx.io.readFile) {
    const size = (await stat(path).catch(() => undefined))?.size ?? 0;
    if (size > MAX_JSON_BYTES) {
      const mb = Math.round(size / 1024 / 1024);
      return { ok: false, problem: { kind: 'unreadable', file: path, message: msg(`${ctx.show(path)} 过大（${mb} MB，上限 64 MB），不像是服务定义、服务包或提交数据。`, `${ctx.show(path)} is too large (${mb} MB, at most 64 MB) to be a definition, a package or a submission.`) } };
    }
  }
  try {
    text = await (ctx.io.readFile ?? ((p: string) => fsReadFile(p, 'utf8')))(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') {
      return { ok: false, problem: { kind: 'missing', file: path, message: msg(`找不到文件 ${ctx.show(path)}。`, `File not found: ${ctx.show(path)}.`) } };
    }
    const why = code === 'EISDIR' ? msg('这是一个目录，不是文件', 'it is a directory, not a file') : code === 'EACCES' ? msg('没有读取权限', 'permission denied') : msg(String(code ?? (error as Error).message), String(code ?? (error as Error).message));
    return { ok: false, problem: { kind: 'unreadable', file: path, message: msg(`无法读取 ${ctx.show(path)}：${why['zh-CN']}。`, `Cannot read ${ctx.show(path)}: ${why.en}.`) } };
  }
  const parsed = parseJson(text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const { line, column, excerpt, message } = parsed.problem;
  return {
    ok: false,
    problem: {
      kind: 'json-syntax',
      file: path,
      line,
      column,
      excerpt,
      message: msg(`JSON 格式错误：${message['zh-CN']}`, `Malformed JSON: ${message.en}`),
    },
  };
}

/** Human report of an input problem, on stderr. */
export function reportProblem(ctx: Context, problem: InputProblem): void {
  const where = problem.line !== undefined ? `${ctx.show(problem.file)}:${problem.line}:${problem.column}` : ctx.show(problem.file);
  if (problem.kind === 'missing' || problem.kind === 'unreadable') {
    ctx.err(`error: ${ctx.t(problem.message)}`);
    return;
  }
  ctx.err(`error: ${where}: ${ctx.t(problem.message)}`);
  if (problem.excerpt) ctx.err(problem.excerpt);
  for (const e of problem.errors ?? []) ctx.err(`  ${e.path || '/'}: ${ctx.t(e.message)}`);
}

/** Machine form of an input problem (messages in both locales). */
export function problemJson(ctx: Context, problem: InputProblem): Record<string, unknown> {
  return { ...problem, file: ctx.show(problem.file) };
}

export function plural(count: number, zhUnit: string, en: string, enPlural = `${en}s`): LocalMessage {
  return msg(`${count} 个${zhUnit}`, `${count} ${count === 1 ? en : enPlural}`);
}
