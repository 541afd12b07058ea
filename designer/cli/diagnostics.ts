/** Printing compiler diagnostics: `error SVC010 <path or node id>: message`, then a summary. */
import type { Diagnostic } from '../compiler/index.ts';
import { msg, plural, type Context } from './shared.ts';
import type { LocalMessage } from './definition.ts';

export function where(d: Diagnostic): string {
  return d.path ?? (d.nodeId ? `node ${d.nodeId}` : d.edgeId ? `edge ${d.edgeId}` : d.fieldId ? `field ${d.fieldId}` : '-');
}

export function printDiagnostics(ctx: Context, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) ctx.out(`${d.severity} ${d.code} ${where(d)}: ${ctx.t(d.message)}`);
}

export function counts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
  };
}

export function countText(c: { errors: number; warnings: number }): LocalMessage {
  const e = plural(c.errors, '错误', 'error');
  const w = plural(c.warnings, '警告', 'warning');
  return msg(`${e['zh-CN']}，${w['zh-CN']}`, `${e.en}, ${w.en}`);
}
