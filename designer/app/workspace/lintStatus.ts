import type { ServiceDefinition } from '../../../schemas/index.ts';
import { compile } from '../../compiler/index.ts';

export type LintStatus = { readonly ok: true; readonly errors: number; readonly warnings: number } | { readonly ok: false };

const cache = new WeakMap<ServiceDefinition, LintStatus>();

/** Error and warning counts of a definition, compiled once per document version (definitions are immutable). */
export function lintStatus(definition: ServiceDefinition): LintStatus {
  let status = cache.get(definition);
  if (!status) {
    try {
      const { diagnostics } = compile(definition);
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
