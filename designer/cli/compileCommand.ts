/** `banshi compile <file|dir> [-o dir]` and `banshi lint <file>`. */
import { mkdir, readdir, stat, writeFile as fsWriteFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compile, hasErrors, lint, type Diagnostic } from '../compiler/index.ts';
import { counts, countText, printDiagnostics } from './diagnostics.ts';
import { loadDefinition } from './definitions.ts';
import { EXIT, msg, problemJson, reportProblem, type Context, type InputProblem } from './shared.ts';

const SUFFIX = '.service.json';

async function findDefinitions(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findDefinitions(path)));
    else if (entry.isFile() && entry.name.endsWith(SUFFIX)) found.push(path);
  }
  return found;
}

interface FileResult {
  file: string;
  problem?: InputProblem;
  diagnostics?: readonly Diagnostic[];
  output?: string;
}

export async function runCompile(ctx: Context, target: string): Promise<number> {
  const path = ctx.abs(target);
  let files: string[];
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    files = await findDefinitions(path);
    if (files.length === 0) {
      const problem: InputProblem = { kind: 'missing', file: path, message: msg(`目录 ${ctx.show(path)} 中没有 *${SUFFIX} 文件。`, `No *${SUFFIX} files in ${ctx.show(path)}.`) };
      if (ctx.json) ctx.out(JSON.stringify({ ok: false, files: [{ file: ctx.show(path), problem: problemJson(ctx, problem) }] }, null, 2));
      else reportProblem(ctx, problem);
      return EXIT.input;
    }
  } else {
    files = [path];
  }

  const results: FileResult[] = [];
  for (const file of files) {
    const loaded = await loadDefinition(ctx, file);
    if (!loaded.ok) {
      results.push({ file, problem: loaded.problem });
      continue;
    }
    const result = compile(loaded.value);
    const entry: FileResult = { file, diagnostics: result.diagnostics };
    if (result.package && !hasErrors(result.diagnostics)) {
      const outDir = ctx.outDir !== undefined ? ctx.abs(ctx.outDir) : dirname(file);
      const output = join(outDir, `${result.package.id}.package.json`);
      const text = `${JSON.stringify(result.package, null, 2)}\n`;
      if (ctx.io.writeFile) {
        await ctx.io.writeFile(output, text);
      } else {
        await mkdir(outDir, { recursive: true });
        await fsWriteFile(output, text, 'utf8');
      }
      entry.output = output;
    }
    results.push(entry);
  }

  const inputProblems = results.filter((r) => r.problem).length;
  const all = results.flatMap((r) => r.diagnostics ?? []);
  const total = counts(all);
  const exit = inputProblems > 0 ? EXIT.input : total.errors > 0 ? EXIT.failed : EXIT.ok;

  if (ctx.json) {
    ctx.out(JSON.stringify({
      ok: exit === EXIT.ok,
      files: results.map((r) => ({
        file: ctx.show(r.file),
        ...(r.problem ? { problem: problemJson(ctx, r.problem) } : {}),
        ...(r.diagnostics ? { diagnostics: r.diagnostics } : {}),
        ...(r.output ? { output: ctx.show(r.output) } : {}),
      })),
    }, null, 2));
    return exit;
  }

  const several = results.length > 1;
  for (const r of results) {
    if (r.problem) {
      reportProblem(ctx, r.problem);
      continue;
    }
    if (several && r.diagnostics!.length > 0) ctx.out(`${ctx.show(r.file)}`);
    printDiagnostics(ctx, r.diagnostics!);
    if (r.output) ctx.out(ctx.t(msg(`已写入 ${ctx.show(r.output)}`, `wrote ${ctx.show(r.output)}`)));
    else if (several) ctx.out(ctx.t(msg(`${ctx.show(r.file)}：有错误，未生成服务包`, `${ctx.show(r.file)}: errors, no package written`)));
  }
  const written = results.filter((r) => r.output).length;
  const summary = countText(total);
  const head = msg(
    `${exit === EXIT.ok ? '✓' : '✗'} 编译 ${results.length} 个文件，生成 ${written} 个服务包：${summary['zh-CN']}${inputProblems ? `，${inputProblems} 个文件无法读取或格式不对` : ''}。`,
    `${exit === EXIT.ok ? '✓' : '✗'} Compiled ${results.length} file${results.length === 1 ? '' : 's'}, ${written} package${written === 1 ? '' : 's'} written: ${summary.en}${inputProblems ? `, ${inputProblems} unreadable or malformed` : ''}.`,
  );
  ctx.out(ctx.t(head));
  return exit;
}

export async function runLint(ctx: Context, target: string): Promise<number> {
  const loaded = await loadDefinition(ctx, target);
  if (!loaded.ok) {
    if (ctx.json) ctx.out(JSON.stringify({ ok: false, file: ctx.show(loaded.problem.file), problem: problemJson(ctx, loaded.problem) }, null, 2));
    else reportProblem(ctx, loaded.problem);
    return EXIT.input;
  }
  const diagnostics = lint(loaded.value);
  const total = counts(diagnostics);
  const exit = total.errors > 0 ? EXIT.failed : EXIT.ok;
  if (ctx.json) {
    ctx.out(JSON.stringify({ ok: exit === EXIT.ok, file: ctx.show(ctx.abs(target)), diagnostics }, null, 2));
    return exit;
  }
  printDiagnostics(ctx, diagnostics);
  const summary = countText(total);
  ctx.out(ctx.t(msg(`${exit === EXIT.ok ? '✓' : '✗'} ${ctx.show(ctx.abs(target))}：${summary['zh-CN']}。`, `${exit === EXIT.ok ? '✓' : '✗'} ${ctx.show(ctx.abs(target))}: ${summary.en}.`)));
  return exit;
}
