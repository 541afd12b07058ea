/** `banshi bpmn <file> [-o out.bpmn]`: the approval lane as BPMN 2.0 XML (stdout, or the file given with -o). */
import { mkdir, writeFile as fsWriteFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportBpmn, hasErrors, lint } from '../compiler/index.ts';
import { counts, countText, printDiagnostics } from './diagnostics.ts';
import { loadDefinition } from './definitions.ts';
import { EXIT, msg, problemJson, reportProblem, type Context } from './shared.ts';

export async function runBpmn(ctx: Context, target: string): Promise<number> {
  const loaded = await loadDefinition(ctx, target);
  if (!loaded.ok) {
    if (ctx.json) ctx.out(JSON.stringify({ ok: false, file: ctx.show(loaded.problem.file), problem: problemJson(ctx, loaded.problem) }, null, 2));
    else reportProblem(ctx, loaded.problem);
    return EXIT.input;
  }
  const definition = loaded.value;
  const file = ctx.show(ctx.abs(target));
  if (!definition.approval) {
    const message = msg(
      `${file}：没有审批环节（approval），无法导出 BPMN。请先添加审批环节（受理、审查、决定……）。`,
      `${file}: no approval lane (approval), so there is no process to export as BPMN. Add approval stages first (acceptance, review, decision …).`,
    );
    if (ctx.json) ctx.out(JSON.stringify({ ok: false, file, message }, null, 2));
    else ctx.err(ctx.locale === 'en' ? `error: ${message.en}` : `错误：${message['zh-CN']}`);
    return EXIT.failed;
  }
  const diagnostics = lint(definition);
  const failed = hasErrors(diagnostics);
  const xml = failed ? undefined : exportBpmn(definition);
  let output: string | undefined;
  if (xml !== undefined && ctx.outDir !== undefined) {
    output = ctx.abs(ctx.outDir);
    if (ctx.io.writeFile) await ctx.io.writeFile(output, xml);
    else {
      await mkdir(dirname(output), { recursive: true });
      await fsWriteFile(output, xml, 'utf8');
    }
  }
  const exit = failed ? EXIT.failed : EXIT.ok;
  if (ctx.json) {
    ctx.out(JSON.stringify({ ok: !failed, file, diagnostics, ...(output ? { output: ctx.show(output) } : xml !== undefined ? { bpmn: xml } : {}) }, null, 2));
    return exit;
  }
  // The XML may be on stdout: diagnostics and the summary go to stderr then.
  const report: Context = output || failed ? ctx : { ...ctx, out: ctx.err };
  printDiagnostics(report, diagnostics);
  if (xml !== undefined && !output) ctx.io.stdout.write(xml);
  const summary = countText(counts(diagnostics));
  if (failed) report.out(ctx.t(msg(`✗ ${file}：${summary['zh-CN']}，未导出 BPMN。`, `✗ ${file}: ${summary.en}; no BPMN written.`)));
  else if (output) report.out(ctx.t(msg(`✓ 已写入 ${ctx.show(output)}（${summary['zh-CN']}）`, `✓ wrote ${ctx.show(output)} (${summary.en})`)));
  return exit;
}
