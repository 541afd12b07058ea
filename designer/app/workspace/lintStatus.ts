import type { ServiceDefinition } from '../../../schemas/index.ts';
import { loadedCompiler } from '../store/compiler.ts';

export type LintStatus = { readonly ok: true; readonly errors: number; readonly warnings: number } | { readonly ok: false };

const cache = new WeakMap<ServiceDefinition, LintStatus>();

/**
 * Error and warning counts of a definition, compiled once per document version (definitions are immutable).
 * Undefined while the compiler is still loading (store/compiler.ts; the catalogue shows 正在检查… meanwhile).
 */
export function lintStatus(definition: ServiceDefinition): LintStatus | undefined {
  let status = cache.get(definition);
  if (!status) {
    const compiler = loadedCompiler();
    if (!compiler) return undefined;
    try {
      const { diagnostics } = compiler.compile(definition);
      status = {
        ok: true,
        errors: diagnostics.filter((d) => d.severity === 'error').length,
        warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      };
    } catch {
      status = { ok: false };
    }
    cache.set(definition, status);
  }
  return status;
}
